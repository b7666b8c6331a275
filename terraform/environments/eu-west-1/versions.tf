terraform {
  required_version = ">= 1.11"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # exact: no lock file is committed (terraform/.gitignore), so the pin is the lock
      version = "= 5.100.0"
    }
  }

  # State lives in the region it describes, so one region's outage never blocks changes to the
  # other. S3-native locking (use_lockfile, Terraform >= 1.10) replaces a DynamoDB lock table.
  # The checks run `terraform init -backend=false`, which skips this block.
  backend "s3" {
    bucket       = "walletplatform-terraform-state-eu-west-1"
    key          = "wallet-platform/eu-west-1.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}
