variable "name" {
  type = string
}

variable "platform_endpoints" {
  description = <<-EOT
    Where this region's dependencies are, published as the secret wallet/platform-endpoints for the
    pods (k8s/base/namespace/platform-endpoints.yaml). Keys are the services' environment variables.
  EOT
  type = object({
    KAFKA_BOOTSTRAP_SERVERS = string
    SCHEMA_REGISTRY_URL     = string
    LEDGER_DB_URL           = string
    WALLET_SERVICE_DB_URL   = string
  })
}
