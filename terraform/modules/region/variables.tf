# What differs between the regions. The environment roots set these; the last four come from outside
# this repository (the pipeline's tfvars) and are passed through.

variable "region" {
  description = "The AWS region of the caller's provider; names the cluster (wallet-<region>) and its AZs."
  type        = string
}

variable "vpc_cidr" {
  description = "The region's VPC /16, disjoint from every other region's: the k8s overlay's NetworkPolicies name its tiers."
  type        = string
}

variable "ecr_replica_regions" {
  description = "Only in the region that holds the image registry: where it replicates to. Null where images arrive as replicas."
  type        = list(string)
  default     = null

  validation {
    # a conditional, not ||: Terraform 1.11 evaluates both sides of ||, and contains(null, ...) fails
    condition     = var.ecr_replica_regions == null ? true : length(var.ecr_replica_regions) > 0 && !contains(var.ecr_replica_regions, var.region)
    error_message = "ecr_replica_regions must name at least one region other than the registry's own (or be null)."
  }
}

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
