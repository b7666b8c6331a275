mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan
}

variables {
  name                     = "wallet-test"
  vpc_id                   = "vpc-00000000"
  subnet_ids               = ["subnet-a", "subnet-b", "subnet-c"]
  client_cidrs             = ["10.10.0.0/18", "10.10.64.0/18", "10.10.128.0/18"]
  privatelink_service_name = "com.amazonaws.vpce.eu-west-1.vpce-svc-00000000000000000"
  sql_host                 = "wallet-prod.aws-eu-west-1.cockroachlabs.cloud"
}

run "sql_is_private_and_verified" {
  command = plan

  assert {
    condition     = aws_vpc_endpoint.sql.vpc_endpoint_type == "Interface" && aws_vpc_endpoint.sql.private_dns_enabled
    error_message = "the database is reached through PrivateLink, by its own name"
  }
  assert {
    condition     = length(aws_vpc_endpoint.sql.subnet_ids) == 3
    error_message = "one endpoint interface per AZ"
  }
  assert {
    condition     = strcontains(output.ledger_jdbc_url, "sslmode=verify-full") && strcontains(output.wallet_service_jdbc_url, "sslmode=verify-full")
    error_message = "TLS with certificate and host name verification"
  }
}
