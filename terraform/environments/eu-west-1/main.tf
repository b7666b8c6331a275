# eu-west-1 (Ireland): the primary application region, and the one that holds the ECR registry
# (replicated to eu-central-1). The third CockroachDB region, eu-west-2, holds only database replicas
# and has no stack here (docs/deploy.md). The stack itself is modules/region.

locals {
  region = "eu-west-1"
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
  # disjoint from eu-central-1 (10.20.0.0/16): the k8s overlay's NetworkPolicies use its tiers
  vpc_cidr            = "10.10.0.0/16"
  ecr_replica_regions = ["eu-central-1"]

  cockroachdb_privatelink_service_name = var.cockroachdb_privatelink_service_name
  cockroachdb_sql_host                 = var.cockroachdb_sql_host
  schema_registry_url                  = var.schema_registry_url
  api_public_access_cidrs              = var.api_public_access_cidrs
}
