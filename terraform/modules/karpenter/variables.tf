variable "cluster_name" {
  type = string
}

variable "cluster_arn" {
  type = string
}
