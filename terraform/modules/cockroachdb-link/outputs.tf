output "ledger_jdbc_url" {
  description = "LEDGER_DB_URL of the applier."
  value       = "jdbc:postgresql://${var.sql_host}:26257/${var.database}?${local.jdbc_options}&ApplicationName=ledger-applier"
}

output "wallet_service_jdbc_url" {
  description = "WALLET_SERVICE_DB_URL of the read API."
  value       = "jdbc:postgresql://${var.sql_host}:26257/${var.database}?${local.jdbc_options}&ApplicationName=wallet-service&readOnly=true"
}

output "endpoint_id" {
  value = aws_vpc_endpoint.sql.id
}
