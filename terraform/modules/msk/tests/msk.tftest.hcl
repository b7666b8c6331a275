mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  }
  mock_resource "aws_msk_configuration" {
    defaults = { arn = "arn:aws:kafka:eu-west-1:111122223333:configuration/mock/1", latest_revision = 1 }
  }
  mock_resource "aws_msk_cluster" {
    defaults = { arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/mock/1" }
  }
}

variables {
  name              = "wallet-test"
  vpc_id            = "vpc-00000000"
  subnet_ids        = ["subnet-a", "subnet-b", "subnet-c"]
  client_cidrs      = ["10.10.0.0/18", "10.10.64.0/18", "10.10.128.0/18"]
  scram_secret_arns = ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:AmazonMSK_wallet_x"]
}

run "encrypted_at_rest_with_our_key_and_in_transit_everywhere" {
  command = plan

  assert {
    condition     = aws_msk_cluster.this.encryption_info[0].encryption_at_rest_kms_key_arn == aws_kms_key.msk.arn
    error_message = "MSK must encrypt at rest with the module's own KMS key"
  }
  assert {
    condition     = aws_msk_cluster.this.encryption_info[0].encryption_in_transit[0].client_broker == "TLS" && aws_msk_cluster.this.encryption_info[0].encryption_in_transit[0].in_cluster
    error_message = "TLS only between clients and brokers, and between brokers"
  }
  assert {
    condition     = aws_kms_key.msk.enable_key_rotation
    error_message = "the MSK key must rotate"
  }
}

run "scram_only_and_acls_enforced" {
  command = plan

  assert {
    condition     = aws_msk_cluster.this.client_authentication[0].sasl[0].scram && !aws_msk_cluster.this.client_authentication[0].unauthenticated
    error_message = "clients authenticate with SASL/SCRAM, never anonymously"
  }
  assert {
    condition     = strcontains(aws_msk_configuration.this.server_properties, "allow.everyone.if.no.acl.found=false")
    error_message = "ACLs must be enforced"
  }
  assert {
    condition     = strcontains(aws_msk_configuration.this.server_properties, "min.insync.replicas=2") && strcontains(aws_msk_configuration.this.server_properties, "auto.create.topics.enable=false")
    error_message = "min.insync.replicas=2 and no auto-created topics"
  }
}

run "graviton_brokers_one_per_zone" {
  command = plan

  assert {
    condition     = can(regex("^kafka\\.[a-z]+[0-9]+g\\.", aws_msk_cluster.this.broker_node_group_info[0].instance_type))
    error_message = "brokers must be Graviton"
  }
  assert {
    condition     = aws_msk_cluster.this.number_of_broker_nodes % 3 == 0 && length(aws_msk_cluster.this.broker_node_group_info[0].client_subnets) == 3
    error_message = "brokers spread evenly over three AZs"
  }
}

run "refuses_x86_brokers" {
  command = plan

  variables {
    broker_instance_type = "kafka.m5.large"
  }

  expect_failures = [var.broker_instance_type]
}
