variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  description = "The three data subnets: one broker per AZ, so replication factor 3 spans the AZs."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) == 3
    error_message = "subnet_ids must be the three data subnets, one per availability zone."
  }
}

variable "client_cidrs" {
  description = "Where Kafka clients run (the private subnets: nodes and pods)."
  type        = list(string)
}

variable "kafka_version" {
  type    = string
  default = "3.9.x"
}

variable "broker_instance_type" {
  description = "Graviton broker type."
  type        = string
  default     = "kafka.m7g.large"

  validation {
    condition     = can(regex("^kafka\\.[a-z]+[0-9]+g\\.", var.broker_instance_type))
    error_message = "broker_instance_type must be a Graviton MSK type such as kafka.m7g.large."
  }
}

variable "brokers_per_az" {
  type    = number
  default = 1
}

variable "volume_size_gib" {
  type    = number
  default = 1000
}

variable "scram_secret_arns" {
  description = "The AmazonMSK_ secrets (KMS-encrypted, from modules/secrets) whose users may log in."
  type        = list(string)
}

variable "acls_enforced" {
  description = <<-EOT
    false only for the very first apply: with no ACL anywhere yet, nobody could grant the admin user
    its own. Then the ACL Job (k8s/base/kafka) grants them, and this goes back to true for good.
  EOT
  type        = bool
  default     = true
}

variable "log_retention_days" {
  type    = number
  default = 30
}
