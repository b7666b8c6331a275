# Plans against a mocked AWS provider: no credentials, no network. Checks the invariants the
# rest of the platform relies on.
mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_data "aws_region" {
    defaults = { name = "eu-west-1" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{}" }
  }
}

variables {
  name               = "wallet-test"
  cidr_block         = "10.10.0.0/16"
  availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  cluster_name       = "wallet-test"
}

run "every_tier_spans_three_availability_zones" {
  command = plan

  assert {
    condition     = length(distinct(aws_subnet.private[*].availability_zone)) == 3
    error_message = "private subnets must cover three AZs"
  }
  assert {
    condition     = length(distinct(aws_subnet.public[*].availability_zone)) == 3
    error_message = "public subnets must cover three AZs"
  }
  assert {
    condition     = length(distinct(aws_subnet.data[*].availability_zone)) == 3
    error_message = "data subnets must cover three AZs"
  }
  assert {
    condition     = length(aws_nat_gateway.this) == 3
    error_message = "one NAT gateway per AZ, so an AZ outage does not cut the others' egress"
  }
}

run "tiers_match_the_cidrs_the_network_policies_name" {
  command = plan

  assert {
    condition     = output.public_tier_cidr == "10.10.192.0/20" && output.data_tier_cidr == "10.10.208.0/20"
    error_message = "k8s/base NetworkPolicies assume public 10.10.192.0/20 and data 10.10.208.0/20"
  }
  assert {
    condition     = alltrue([for s in aws_subnet.data : cidrsubnet(output.data_tier_cidr, 2, index(aws_subnet.data[*].cidr_block, s.cidr_block)) == s.cidr_block])
    error_message = "every data subnet must lie inside data_tier_cidr"
  }
}

run "private_subnets_are_discoverable_by_karpenter" {
  command = plan

  assert {
    condition     = alltrue([for s in aws_subnet.private : s.tags["karpenter.sh/discovery"] == "wallet-test" && s.tags["walletplatform.dev/tier"] == "private"])
    error_message = "Karpenter's EC2NodeClass selects subnets by these tags"
  }
}

run "refuses_two_availability_zones" {
  command = plan

  variables {
    availability_zones = ["eu-west-1a", "eu-west-1b"]
  }

  expect_failures = [var.availability_zones]
}
