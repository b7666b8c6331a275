output "kms_key_arn" {
  value = aws_kms_key.secrets.arn
}

output "kafka_scram_secret_arns" {
  description = "For aws_msk_scram_secret_association."
  value       = [for s in aws_secretsmanager_secret.kafka : s.arn]
}

output "secret_arns" {
  description = "Every secret External Secrets may read (modules/workload-identity scopes its role to these)."
  value = concat(
    [for s in aws_secretsmanager_secret.kafka : s.arn],
    [for s in aws_secretsmanager_secret.db : s.arn],
    [for s in aws_secretsmanager_secret.operator_provided : s.arn],
    [aws_secretsmanager_secret.platform_endpoints.arn],
  )
}

output "kafka_secret_ids" {
  description = "Kafka user => secret id, for modules/credentials."
  value       = { for user, s in aws_secretsmanager_secret.kafka : user => s.id }
}

output "db_secret_ids" {
  description = "SQL user => secret id, for modules/credentials."
  value       = { for service, s in aws_secretsmanager_secret.db : local.db_users[service] => s.id }
}
