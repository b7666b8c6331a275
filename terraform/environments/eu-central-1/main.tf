# eu-central-1 (Frankfurt): the second application region. The same stack (modules/region) as
# eu-west-1, without a registry of its own: ECR replicates the images here from eu-west-1.

locals {
  region = "eu-central-1"
}

provider "aws" {
  region = local.region

  default_tags {
    tags = {
      "walletplatform.dev/environment" = "production"
      "walletplatform.dev/region"      = local.region
      "walletplatform.dev/managed-by"  = "terraform/environments/${local.region}"
    }
  }
}

module "region" {
  source = "../../modules/region"
  region = local.region
  # disjoint from eu-west-1 (10.10.0.0/16): the k8s overlay's NetworkPolicies use its tiers
  vpc_cidr = "10.20.0.0/16"

  cockroachdb_privatelink_service_name = var.cockroachdb_privatelink_service_name
  cockroachdb_sql_host                 = var.cockroachdb_sql_host
  schema_registry_url                  = var.schema_registry_url
  api_public_access_cidrs              = var.api_public_access_cidrs
}
