# Every secret the platform reads, in AWS Secrets Manager, encrypted with one customer-managed key
# (MSK refuses SCRAM secrets under the default aws/secretsmanager key). This module creates the
# secrets; modules/credentials generates the Kafka and database passwords into them.

locals {
  # One SCRAM user per Kafka client; ACLs per user in k8s/base/kafka/acls.sh.
  kafka_users = ["ingest-gateway", "ledger-applier", "lag-reader", "topic-operator", "kafka-admin", "walletctl"]

  # SQL users: the applier writes, the wallet service only reads (its user has SELECT grants only).
  db_users = {
    "ledger-applier" = "ledger_applier"
    "wallet-service" = "wallet_service"
  }

  # Filled by people, not terraform: keystores from the private CA; API keys of the admin and
  # status ports (services get the SHA-256, only the callers the key itself). Mobile callers need
  # nothing here: their JWTs are verified against the identity provider's JWKS.
  operator_provided = [
    "wallet/ingest-gateway/tls",     # keystore-base64, keystore-password
    "wallet/ingest-gateway/clients", # admin-metrics-key-sha256, admin-operator-key-sha256, admin-metrics-key
    "wallet/wallet-service/tls",     # keystore-base64, keystore-password
    "wallet/wallet-service/clients", # as the gateway's, plus status-view-api-key (its call to the view)
    "wallet/ledger-applier/clients", # as the gateway's, plus status-view-key-sha256 (of that key)
  ]
}

resource "aws_kms_key" "secrets" {
  description             = "${var.name}: Secrets Manager secrets of the wallet platform"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_alias" "secrets" {
  name          = "alias/${var.name}-secrets"
  target_key_id = aws_kms_key.secrets.key_id
}

# MSK only associates secrets whose name starts with AmazonMSK_.
resource "aws_secretsmanager_secret" "kafka" {
  for_each                = toset(local.kafka_users)
  name                    = "AmazonMSK_wallet_${each.key}"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret" "db" {
  for_each                = local.db_users
  name                    = "wallet/${each.key}/db"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret" "operator_provided" {
  for_each                = toset(local.operator_provided)
  name                    = each.key
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 30
}

# Not secret, but read the same way as the rest (one ExternalSecret store for everything).
resource "aws_secretsmanager_secret" "platform_endpoints" {
  name                    = "wallet/platform-endpoints"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 0
}

resource "aws_secretsmanager_secret_version" "platform_endpoints" {
  secret_id     = aws_secretsmanager_secret.platform_endpoints.id
  secret_string = jsonencode(var.platform_endpoints)
}
