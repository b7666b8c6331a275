variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  description = "The three data subnets: one endpoint interface per AZ."
  type        = list(string)
}

variable "client_cidrs" {
  description = "Where the SQL clients run (the private subnets)."
  type        = list(string)
}

variable "privatelink_service_name" {
  description = "The CockroachDB Cloud cluster's PrivateLink service in this region (com.amazonaws.vpce....), from its console."
  type        = string

  validation {
    condition     = startswith(var.privatelink_service_name, "com.amazonaws.vpce.")
    error_message = "privatelink_service_name must be a VPC endpoint service name (com.amazonaws.vpce.<region>.vpce-svc-...)."
  }
}

variable "sql_host" {
  description = "The cluster's regional SQL host name; with private DNS it resolves to this endpoint."
  type        = string
}

variable "database" {
  type    = string
  default = "ledger"
}
