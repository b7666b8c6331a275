# Set by the pipeline's tfvars (values from outside this repository, never committed here); what
# each one is: modules/region/variables.tf.
variable "cockroachdb_privatelink_service_name" { type = string }
variable "cockroachdb_sql_host" { type = string }
variable "schema_registry_url" { type = string }
variable "api_public_access_cidrs" {
  type    = list(string)
  default = []
}
