# What the platform add-ons' Helm values need (Karpenter, the load balancer controller).

output "cluster_name" {
  value = module.eks.cluster_name
}

output "cluster_endpoint" {
  value = module.eks.cluster_endpoint
}

output "karpenter_interruption_queue" {
  value = module.karpenter.interruption_queue_name
}

output "karpenter_node_role" {
  value = module.karpenter.node_role_name
}

output "vpc_id" {
  value = module.network.vpc_id
}

output "ecr_repository_urls" {
  description = "Null in a region without a registry of its own."
  value       = one(module.ecr[*].repository_urls)
}
