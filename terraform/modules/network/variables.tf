variable "name" {
  description = "Prefix of every resource name, e.g. wallet-eu-west-1."
  type        = string
}

variable "cidr_block" {
  description = "The VPC's /16. Regions get disjoint blocks so they can be peered later."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && endswith(var.cidr_block, "/16")
    error_message = "cidr_block must be a /16: the subnet plan below carves /18s and /22s out of it."
  }
}

variable "availability_zones" {
  description = "Exactly three AZs: every tier has one subnet per AZ, so losing one AZ leaves two."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) == 3 && length(distinct(var.availability_zones)) == 3
    error_message = "availability_zones must name three distinct zones."
  }
}

variable "cluster_name" {
  description = "EKS cluster the private subnets serve: tagged for Karpenter's subnet discovery."
  type        = string
}

variable "flow_log_retention_days" {
  description = "How long VPC flow logs are kept."
  type        = number
  default     = 90
}
