variable "cluster_name" {
  type = string
}

variable "kubernetes_version" {
  description = "EKS minor version; upgraded one minor at a time, region by region."
  type        = string
  default     = "1.33"
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  description = "The private subnets, one per AZ: control-plane ENIs and the system nodes."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) == 3
    error_message = "subnet_ids must be the three private subnets, one per availability zone."
  }
}

variable "public_access_cidrs" {
  description = "Who may reach the API server from outside the VPC (the Argo CD control plane's egress). Empty: private endpoint only."
  type        = list(string)
  default     = []
}

variable "system_node_instance_types" {
  description = "The managed node group for cluster add-ons (Karpenter, CoreDNS). Graviton only."
  type        = list(string)
  default     = ["m7g.large", "m8g.large"]

  validation {
    condition     = alltrue([for t in var.system_node_instance_types : can(regex("^[a-z]+[0-9]+g[a-z]*\\.", t))])
    error_message = "system_node_instance_types must be Graviton (arm64) types such as m7g.large."
  }
}

variable "log_retention_days" {
  type    = number
  default = 90
}
