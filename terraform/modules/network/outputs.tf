output "vpc_id" {
  value = aws_vpc.this.id
}

output "availability_zones" {
  value = var.availability_zones
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "public_subnet_ids" {
  value = aws_subnet.public[*].id
}

output "data_subnet_ids" {
  value = aws_subnet.data[*].id
}

output "private_cidrs" {
  description = "Where nodes and pods live: the clients of MSK and of the CockroachDB endpoint."
  value       = local.private_cidrs
}

output "public_tier_cidr" {
  description = "The /20 holding the three public subnets: k8s NetworkPolicies admit NLB traffic from it."
  value       = cidrsubnet(var.cidr_block, 4, 12)
}

output "data_tier_cidr" {
  description = "The /20 holding the three data subnets: k8s NetworkPolicies allow egress to it."
  value       = cidrsubnet(var.cidr_block, 4, 13)
}
