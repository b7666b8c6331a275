# Generates the Kafka and database passwords into their secrets without them ever entering the
# Terraform state: an ephemeral random password is written through a write-only attribute, and
# written again only when password_version changes.
#
# Apart from modules/secrets because terraform test cannot mock ephemeral resources yet; this
# module is checked by terraform validate of the environments.

# Letters and digits only: the password goes into a JAAS line between double quotes (the
# services' config.yml), which a quote or backslash would break. 40 of them are ~238 bits.
ephemeral "aws_secretsmanager_random_password" "kafka" {
  for_each            = var.kafka_secret_ids
  password_length     = 40
  exclude_punctuation = true
}

resource "aws_secretsmanager_secret_version" "kafka" {
  for_each  = var.kafka_secret_ids
  secret_id = each.value
  secret_string_wo = jsonencode({
    username = each.key
    password = ephemeral.aws_secretsmanager_random_password.kafka[each.key].random_password
  })
  secret_string_wo_version = var.password_version
}

ephemeral "aws_secretsmanager_random_password" "db" {
  for_each            = var.db_secret_ids
  password_length     = 40
  exclude_punctuation = true
}

# The CockroachDB users are created with these passwords by the database bootstrap
# (docs/deploy.md, CockroachDB).
resource "aws_secretsmanager_secret_version" "db" {
  for_each  = var.db_secret_ids
  secret_id = each.value
  secret_string_wo = jsonencode({
    username = each.key
    password = ephemeral.aws_secretsmanager_random_password.db[each.key].random_password
  })
  secret_string_wo_version = var.password_version
}
