variable "cluster_name" {
  type = string
}

variable "roles" {
  description = "Kubernetes service account => the AWS permissions its pods get through EKS Pod Identity."
  type = map(object({
    namespace       = string
    service_account = string
    policy_json     = string
  }))
}
