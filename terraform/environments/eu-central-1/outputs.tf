# What the platform add-ons' Helm values need (Karpenter, the load balancer controller).

output "cluster_name" {
  value = module.region.cluster_name
}

output "cluster_endpoint" {
  value = module.region.cluster_endpoint
}

output "karpenter_interruption_queue" {
  value = module.region.karpenter_interruption_queue
}

output "karpenter_node_role" {
  value = module.region.karpenter_node_role
}

output "vpc_id" {
  value = module.region.vpc_id
}
