mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  }
}

variables {
  name = "wallet-test"
  platform_endpoints = {
    KAFKA_BOOTSTRAP_SERVERS = "b-1.example:9096"
    SCHEMA_REGISTRY_URL     = "https://registry.example"
    LEDGER_DB_URL           = "jdbc:postgresql://db.example:26257/ledger"
    WALLET_SERVICE_DB_URL   = "jdbc:postgresql://db.example:26257/ledger"
  }
}

run "every_secret_is_encrypted_with_the_rotating_customer_key" {
  command = plan

  assert {
    condition = alltrue(concat(
      [for s in aws_secretsmanager_secret.kafka : s.kms_key_id == aws_kms_key.secrets.arn],
      [for s in aws_secretsmanager_secret.db : s.kms_key_id == aws_kms_key.secrets.arn],
      [for s in aws_secretsmanager_secret.operator_provided : s.kms_key_id == aws_kms_key.secrets.arn],
      [aws_secretsmanager_secret.platform_endpoints.kms_key_id == aws_kms_key.secrets.arn],
    ))
    error_message = "every secret must use the module's KMS key"
  }
  assert {
    condition     = aws_kms_key.secrets.enable_key_rotation
    error_message = "the secrets key must rotate"
  }
}

run "kafka_secrets_are_named_for_msk" {
  command = plan

  assert {
    condition     = alltrue([for s in aws_secretsmanager_secret.kafka : startswith(s.name, "AmazonMSK_")])
    error_message = "MSK associates only secrets named AmazonMSK_*"
  }
}
