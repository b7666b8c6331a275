output "kafka_secret_version_ids" {
  description = "Depend on these before associating the secrets with MSK: MSK needs a value to exist."
  value       = [for v in aws_secretsmanager_secret_version.kafka : v.version_id]
}
