output "node_role_name" {
  description = "spec.role of the EC2NodeClass in k8s/base/karpenter."
  value       = aws_iam_role.node.name
}

output "interruption_queue_name" {
  description = "settings.interruptionQueue of the Karpenter Helm release."
  value       = aws_sqs_queue.interruption.name
}

output "controller_role_arn" {
  value = aws_iam_role.controller.arn
}
