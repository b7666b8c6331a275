variable "repositories" {
  description = "One repository per image (deploy/images/build.sh)."
  type        = list(string)
  default     = ["ingest-gateway", "stream-processors", "wallet-service", "walletctl"]
}

variable "replica_regions" {
  description = "Regions the images are replicated to, so each cluster pulls from its own region."
  type        = list(string)
}
