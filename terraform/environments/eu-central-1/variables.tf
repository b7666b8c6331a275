# Values that come from outside this repository; set them in the pipeline's tfvars, never here.

variable "cockroachdb_privatelink_service_name" {
  description = "PrivateLink service of the CockroachDB Cloud cluster's nodes in this region."
  type        = string
}

variable "cockroachdb_sql_host" {
  description = "The cluster's SQL host name in this region."
  type        = string
}

variable "schema_registry_url" {
  description = "The region's Confluent-compatible schema registry."
  type        = string
}

variable "api_public_access_cidrs" {
  description = "Egress addresses of the Argo CD control plane, allowed to the EKS API. Empty: private only."
  type        = list(string)
  default     = []
}
