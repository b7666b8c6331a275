# eu-central-1 (Frankfurt): the second application region. The same modules as eu-west-1, except
# the ECR registry, which is replicated here from eu-west-1.

locals {
  region       = "eu-central-1"
  cluster_name = "wallet-${local.region}"
  # disjoint from eu-west-1 (10.10.0.0/16): the k8s overlay's NetworkPolicies use its tiers
  vpc_cidr = "10.20.0.0/16"
  azs      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
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

module "network" {
  source             = "../../modules/network"
  name               = local.cluster_name
  cidr_block         = local.vpc_cidr
  availability_zones = local.azs
  cluster_name       = local.cluster_name
}

module "eks" {
  source              = "../../modules/eks"
  cluster_name        = local.cluster_name
  vpc_id              = module.network.vpc_id
  subnet_ids          = module.network.private_subnet_ids
  public_access_cidrs = var.api_public_access_cidrs
}

module "karpenter" {
  source       = "../../modules/karpenter"
  cluster_name = module.eks.cluster_name
  cluster_arn  = module.eks.cluster_arn
}

module "cockroachdb_link" {
  source                   = "../../modules/cockroachdb-link"
  name                     = local.cluster_name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_cidrs             = module.network.private_cidrs
  privatelink_service_name = var.cockroachdb_privatelink_service_name
  sql_host                 = var.cockroachdb_sql_host
}

module "secrets" {
  source = "../../modules/secrets"
  name   = local.cluster_name
  platform_endpoints = {
    KAFKA_BOOTSTRAP_SERVERS = module.msk.bootstrap_brokers_sasl_scram
    SCHEMA_REGISTRY_URL     = var.schema_registry_url
    LEDGER_DB_URL           = module.cockroachdb_link.ledger_jdbc_url
    WALLET_SERVICE_DB_URL   = module.cockroachdb_link.wallet_service_jdbc_url
  }
}

module "credentials" {
  source           = "../../modules/credentials"
  kafka_secret_ids = module.secrets.kafka_secret_ids
  db_secret_ids    = module.secrets.db_secret_ids
}

module "msk" {
  source            = "../../modules/msk"
  name              = local.cluster_name
  vpc_id            = module.network.vpc_id
  subnet_ids        = module.network.data_subnet_ids
  client_cidrs      = module.network.private_cidrs
  scram_secret_arns = module.secrets.kafka_scram_secret_arns

  # MSK refuses to associate a secret that has no value yet
  depends_on = [module.credentials]
}

data "aws_iam_policy_document" "external_secrets" {
  statement {
    sid       = "ReadTheWalletSecretsOnly"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = module.secrets.secret_arns
  }
  statement {
    sid       = "DecryptThem"
    actions   = ["kms:Decrypt"]
    resources = [module.secrets.kms_key_arn]
  }
}

module "workload_identity" {
  source       = "../../modules/workload-identity"
  cluster_name = module.eks.cluster_name
  roles = {
    # k8s/base/namespace/clustersecretstore.yaml authenticates as this controller
    external-secrets = {
      namespace       = "external-secrets"
      service_account = "external-secrets"
      policy_json     = data.aws_iam_policy_document.external_secrets.json
    }
  }
}
