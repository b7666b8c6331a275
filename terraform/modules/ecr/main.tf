# The images' registry, in the primary region, replicated to the other: a cluster never pulls
# across regions, and keeps pulling when the primary region is down. Tags are immutable, so a tag
# in an overlay always means the same bytes.

resource "aws_kms_key" "ecr" {
  description             = "wallet-platform: ECR image layers"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_ecr_repository" "this" {
  for_each             = toset(var.repositories)
  name                 = "wallet-platform/${each.key}"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  for_each   = aws_ecr_repository.this
  repository = each.value.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the last 100 releases (rollback targets)"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 100 }
      action       = { type = "expire" }
    }]
  })
}

data "aws_caller_identity" "current" {}

resource "aws_ecr_replication_configuration" "this" {
  replication_configuration {
    rule {
      dynamic "destination" {
        for_each = var.replica_regions
        content {
          region      = destination.value
          registry_id = data.aws_caller_identity.current.account_id
        }
      }
      repository_filter {
        filter      = "wallet-platform/"
        filter_type = "PREFIX_MATCH"
      }
    }
  }
}
