mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_data "aws_iam_policy_document" {
    defaults = { json = "{}" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111122223333:role/mock" }
  }
}

variables {
  cluster_name = "wallet-test"
  vpc_id       = "vpc-00000000"
  subnet_ids   = ["subnet-a", "subnet-b", "subnet-c"]
}

run "kubernetes_secrets_are_encrypted_with_a_rotating_key" {
  command = plan

  assert {
    condition     = contains(aws_eks_cluster.this.encryption_config[0].resources, "secrets")
    error_message = "EKS must envelope-encrypt Kubernetes Secrets"
  }
  assert {
    condition     = aws_kms_key.secrets.enable_key_rotation
    error_message = "the secrets key must rotate"
  }
}

run "system_nodes_are_graviton_with_encrypted_volumes" {
  command = plan

  assert {
    condition     = aws_eks_node_group.system.ami_type == "BOTTLEROCKET_ARM_64"
    error_message = "system nodes must run an arm64 AMI"
  }
  assert {
    condition     = alltrue([for t in aws_eks_node_group.system.instance_types : can(regex("^[a-z]+[0-9]+g[a-z]*\\.", t))])
    error_message = "system nodes must be Graviton instance types"
  }
  assert {
    condition     = alltrue([for b in aws_launch_template.system_nodes.block_device_mappings : b.ebs[0].encrypted == "true"])
    error_message = "every EBS volume must be encrypted"
  }
  assert {
    condition     = aws_launch_template.system_nodes.metadata_options[0].http_tokens == "required"
    error_message = "IMDSv2 only"
  }
}

run "api_server_is_private_unless_cidrs_are_given" {
  command = plan

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access == false
    error_message = "no public API endpoint by default"
  }
}

run "refuses_x86_system_nodes" {
  command = plan

  variables {
    system_node_instance_types = ["m6i.large"]
  }

  expect_failures = [var.system_node_instance_types]
}
