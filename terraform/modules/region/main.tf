# One application region's whole stack, so that each environment root is only its backend, its
# provider and one call of this module. The provider comes from the caller: a module with its own
# provider block could never be removed cleanly (destroy needs the provider it took away).

locals {
  # k8s/overlays/<region> name the cluster (Karpenter's node role and discovery tags): keep the rule
  cluster_name = "wallet-${var.region}"
  # every tier is one subnet per AZ over three AZs; both regions have a, b and c
  availability_zones = [for zone in ["a", "b", "c"] : "${var.region}${zone}"]
}

module "network" {
  source             = "../network"
  name               = local.cluster_name
  cidr_block         = var.vpc_cidr
  availability_zones = local.availability_zones
  cluster_name       = local.cluster_name
}

module "eks" {
  source              = "../eks"
  cluster_name        = local.cluster_name
  vpc_id              = module.network.vpc_id
  subnet_ids          = module.network.private_subnet_ids
  public_access_cidrs = var.api_public_access_cidrs
}

module "karpenter" {
  source       = "../karpenter"
  cluster_name = module.eks.cluster_name
  cluster_arn  = module.eks.cluster_arn
}

module "cockroachdb_link" {
  source                   = "../cockroachdb-link"
  name                     = local.cluster_name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_cidrs             = module.network.private_cidrs
  privatelink_service_name = var.cockroachdb_privatelink_service_name
  sql_host                 = var.cockroachdb_sql_host
}

module "secrets" {
  source = "../secrets"
  name   = local.cluster_name
  platform_endpoints = {
    KAFKA_BOOTSTRAP_SERVERS = module.msk.bootstrap_brokers_sasl_scram
    SCHEMA_REGISTRY_URL     = var.schema_registry_url
    LEDGER_DB_URL           = module.cockroachdb_link.ledger_jdbc_url
    WALLET_SERVICE_DB_URL   = module.cockroachdb_link.wallet_service_jdbc_url
  }
}

module "credentials" {
  source           = "../credentials"
  kafka_secret_ids = module.secrets.kafka_secret_ids
  db_secret_ids    = module.secrets.db_secret_ids
}

module "msk" {
  source            = "../msk"
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
  source       = "../workload-identity"
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

# One registry for both regions, in the region that builds the images; the other region receives
# replicas and has none of its own.
module "ecr" {
  count           = var.ecr_replica_regions == null ? 0 : 1
  source          = "../ecr"
  replica_regions = var.ecr_replica_regions
}
