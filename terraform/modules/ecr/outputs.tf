output "repository_urls" {
  value = { for name, repo in aws_ecr_repository.this : name => repo.repository_url }
}

output "replica_regions" {
  description = "The replication rule's destinations, as planned (modules/region's test reads them)."
  value       = [for d in aws_ecr_replication_configuration.this.replication_configuration[0].rule[0].destination : d.region]
}
