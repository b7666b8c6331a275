output "cluster_arn" {
  value = aws_msk_cluster.this.arn
}

output "bootstrap_brokers_sasl_scram" {
  description = "host:9096 list the services get as KAFKA_BOOTSTRAP_SERVERS (via wallet/platform-endpoints)."
  value       = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
}

output "security_group_id" {
  value = aws_security_group.msk.id
}
