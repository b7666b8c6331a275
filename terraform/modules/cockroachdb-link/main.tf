# The SQL path from this region's pods to the CockroachDB cluster's nodes in the same region:
# a PrivateLink interface endpoint in the data subnets, reachable on 26257 from the private
# subnets only. The cluster itself (three regions: see docs/deploy.md) is CockroachDB Cloud, whose
# Terraform provider is managed apart from this repository.

resource "aws_security_group" "endpoint" {
  name_prefix = "${var.name}-cockroachdb-"
  description = "CockroachDB PrivateLink endpoint: SQL from the private subnets"
  vpc_id      = var.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "sql" {
  for_each          = toset(var.client_cidrs)
  security_group_id = aws_security_group.endpoint.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 26257
  to_port           = 26257
  description       = "SQL from nodes and pods"
}

resource "aws_vpc_endpoint" "sql" {
  vpc_id              = var.vpc_id
  service_name        = var.privatelink_service_name
  vpc_endpoint_type   = "Interface"
  subnet_ids          = var.subnet_ids
  security_group_ids  = [aws_security_group.endpoint.id]
  private_dns_enabled = true

  tags = { Name = "${var.name}-cockroachdb" }
}

locals {
  # verify-full against the JVM's trust store (the cluster's certificate chains to a public root);
  # reWriteBatchedInserts turns the applier's JDBC batches into multi-row INSERTs (design: Database)
  jdbc_options = "sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory&reWriteBatchedInserts=true"
}
