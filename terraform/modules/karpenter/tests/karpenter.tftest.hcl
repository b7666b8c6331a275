mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_data "aws_iam_policy_document" {
    defaults = { json = "{}" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_region" {
    defaults = { name = "eu-west-1" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "111122223333" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111122223333:role/mock" }
  }
  mock_resource "aws_sqs_queue" {
    defaults = { arn = "arn:aws:sqs:eu-west-1:111122223333:mock" }
  }
}

variables {
  cluster_name = "wallet-test"
  cluster_arn  = "arn:aws:eks:eu-west-1:111122223333:cluster/wallet-test"
}

run "node_role_has_the_name_the_ec2nodeclass_uses" {
  command = plan

  assert {
    condition     = aws_iam_role.node.name == "KarpenterNodeRole-wallet-test"
    error_message = "k8s/base/karpenter/ec2nodeclass.yaml names the role KarpenterNodeRole-<cluster>"
  }
}

run "interruption_queue_is_encrypted_and_fed_by_all_four_events" {
  command = plan

  assert {
    condition     = aws_sqs_queue.interruption.sqs_managed_sse_enabled
    error_message = "the interruption queue must be encrypted"
  }
  assert {
    condition     = length(aws_cloudwatch_event_rule.interruption) == 4 && length(aws_cloudwatch_event_target.interruption) == 4
    error_message = "spot interruption, rebalance, state change and scheduled change must all reach the queue"
  }
}
