mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_data "aws_caller_identity" {
    defaults = { account_id = "111122223333" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  }
}

variables {
  replica_regions = ["eu-central-1"]
}

run "images_are_immutable_encrypted_and_replicated" {
  command = plan

  assert {
    condition     = alltrue([for r in aws_ecr_repository.this : r.image_tag_mutability == "IMMUTABLE"])
    error_message = "a release tag must always mean the same image"
  }
  assert {
    condition     = alltrue([for r in aws_ecr_repository.this : r.encryption_configuration[0].encryption_type == "KMS"])
    error_message = "image layers are encrypted with the module's KMS key"
  }
  assert {
    condition     = aws_ecr_replication_configuration.this.replication_configuration[0].rule[0].destination[0].region == "eu-central-1"
    error_message = "images are replicated to the second region"
  }
}
