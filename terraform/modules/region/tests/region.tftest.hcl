# Plans the whole regional stack once as each environment calls it: what differs per region must
# reach the modules that use it, and only the registry's region holds a registry.
#
# Unlike the other modules' tests, the provider is the real one, configured so that it never calls
# AWS (made-up keys, no account lookup, plans only): a mocked provider refuses any configuration with
# an ephemeral resource (modules/credentials' passwords), even one inside an overridden module. A
# profile named by AWS_PROFILE must then exist in the AWS config, or be unset (deploy-checks unsets it).
provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "offline"
  secret_key                  = "offline"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}
provider "aws" {
  alias                       = "eu_central_1"
  region                      = "eu-central-1"
  access_key                  = "offline"
  secret_key                  = "offline"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

# it would open its ephemeral passwords during the plan, which calls Secrets Manager
override_module {
  target = module.credentials
}

# aws_caller_identity is the only data source in the stack that calls AWS (STS)
override_data {
  target = module.karpenter.data.aws_caller_identity.current
  values = { account_id = "111122223333" }
}
override_data {
  target = module.ecr[0].data.aws_caller_identity.current
  values = { account_id = "111122223333" }
}

variables {
  cockroachdb_privatelink_service_name = "com.amazonaws.vpce.eu-west-1.vpce-svc-00000000000000000"
  cockroachdb_sql_host                 = "wallet.crdb.example"
  schema_registry_url                  = "https://schema-registry.example"
}

run "eu_west_1_holds_the_registry_and_replicates_it_to_eu_central_1" {
  command = plan

  variables {
    region              = "eu-west-1"
    vpc_cidr            = "10.10.0.0/16"
    ecr_replica_regions = ["eu-central-1"]
  }

  assert {
    condition     = output.cluster_name == "wallet-eu-west-1" && output.karpenter_node_role == "KarpenterNodeRole-wallet-eu-west-1"
    error_message = "k8s/overlays/eu-west-1 names the cluster wallet-eu-west-1 and the node role KarpenterNodeRole-wallet-eu-west-1"
  }
  assert {
    condition     = module.network.availability_zones == tolist(["eu-west-1a", "eu-west-1b", "eu-west-1c"])
    error_message = "the network spans the region's own three AZs"
  }
  assert {
    condition     = module.network.public_tier_cidr == "10.10.192.0/20" && module.network.data_tier_cidr == "10.10.208.0/20"
    error_message = "the VPC is the region's CIDR: k8s/overlays/eu-west-1's NetworkPolicies name these tiers"
  }
  assert {
    condition     = startswith(module.cockroachdb_link.ledger_jdbc_url, "jdbc:postgresql://wallet.crdb.example:26257/")
    error_message = "the ledger connects to the CockroachDB host the pipeline gives"
  }
  assert {
    condition     = length(module.ecr) == 1 && module.ecr[0].replica_regions == ["eu-central-1"]
    error_message = "eu-west-1 holds the registry and replicates it to eu-central-1"
  }
  assert {
    condition     = keys(output.ecr_repository_urls) == ["ingest-gateway", "stream-processors", "wallet-service", "walletctl"]
    error_message = "one repository per image (deploy/images/build.sh)"
  }
}

run "eu_central_1_pulls_replicas_and_holds_no_registry" {
  command = plan
  providers = {
    aws = aws.eu_central_1
  }

  variables {
    region   = "eu-central-1"
    vpc_cidr = "10.20.0.0/16"
  }

  assert {
    condition     = output.cluster_name == "wallet-eu-central-1" && output.karpenter_node_role == "KarpenterNodeRole-wallet-eu-central-1"
    error_message = "k8s/overlays/eu-central-1 names the cluster wallet-eu-central-1 and the node role KarpenterNodeRole-wallet-eu-central-1"
  }
  assert {
    condition     = module.network.availability_zones == tolist(["eu-central-1a", "eu-central-1b", "eu-central-1c"])
    error_message = "the network spans the region's own three AZs"
  }
  assert {
    condition     = module.network.public_tier_cidr == "10.20.192.0/20" && module.network.data_tier_cidr == "10.20.208.0/20"
    error_message = "the VPC is the region's CIDR, disjoint from eu-west-1's"
  }
  assert {
    condition     = length(module.ecr) == 0 && output.ecr_repository_urls == null
    error_message = "only eu-west-1 holds a registry; eu-central-1 pulls its replicas"
  }
}

run "refuses_to_replicate_the_registry_into_its_own_region" {
  command = plan

  variables {
    region              = "eu-west-1"
    vpc_cidr            = "10.10.0.0/16"
    ecr_replica_regions = ["eu-west-1"]
  }

  expect_failures = [var.ecr_replica_regions]
}
