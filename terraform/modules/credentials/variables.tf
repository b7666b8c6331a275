variable "kafka_secret_ids" {
  description = "Kafka (SCRAM) user => Secrets Manager secret id (modules/secrets)."
  type        = map(string)
}

variable "db_secret_ids" {
  description = "SQL user => Secrets Manager secret id (modules/secrets)."
  type        = map(string)
}

variable "password_version" {
  description = "Bump to generate and store new passwords for every user (rotation; see docs/deploy.md)."
  type        = number
  default     = 1
}
