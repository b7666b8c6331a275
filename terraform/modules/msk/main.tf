# The region's Kafka: three AZs, encrypted at rest with our own key and in transit everywhere,
# SASL/SCRAM only (no unauthenticated, no plaintext listener), ACLs enforced.

resource "aws_kms_key" "msk" {
  description             = "${var.name}: MSK data at rest"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_security_group" "msk" {
  name_prefix = "${var.name}-msk-"
  description = "MSK brokers: SASL_SSL from the private subnets only"
  vpc_id      = var.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "sasl_scram" {
  for_each          = toset(var.client_cidrs)
  security_group_id = aws_security_group.msk.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 9096
  to_port           = 9096
  description       = "SASL_SSL (SCRAM) from nodes and pods"
}

# Open monitoring: the JMX and node exporters on the brokers, for the cluster's Prometheus.
resource "aws_vpc_security_group_ingress_rule" "open_monitoring" {
  for_each          = toset(var.client_cidrs)
  security_group_id = aws_security_group.msk.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 11001
  to_port           = 11002
  description       = "Prometheus JMX and node exporters"
}

resource "aws_msk_configuration" "this" {
  name           = "${var.name}-brokers"
  kafka_versions = [var.kafka_version]

  # Invariant 1 of the design: acks=all with min.insync.replicas=2 of 3 replicas, so an accepted
  # command survives a broker (or an AZ) loss. Topics exist only when declared (k8s/base/kafka),
  # and are never deleted by a client.
  server_properties = <<-EOT
    auto.create.topics.enable=false
    default.replication.factor=3
    min.insync.replicas=2
    unclean.leader.election.enable=false
    delete.topic.enable=false
    allow.everyone.if.no.acl.found=${var.acls_enforced ? "false" : "true"}
    replica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector
  EOT
}

resource "aws_cloudwatch_log_group" "brokers" {
  name              = "/msk/${var.name}/brokers"
  retention_in_days = var.log_retention_days
}

resource "aws_msk_cluster" "this" {
  cluster_name           = var.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = 3 * var.brokers_per_az
  enhanced_monitoring    = "PER_TOPIC_PER_PARTITION"

  broker_node_group_info {
    instance_type   = var.broker_instance_type
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.msk.id]

    storage_info {
      ebs_storage_info {
        volume_size = var.volume_size_gib
      }
    }
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      scram = true
      iam   = false
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.this.arn
    revision = aws_msk_configuration.this.latest_revision
  }

  open_monitoring {
    prometheus {
      jmx_exporter {
        enabled_in_broker = true
      }
      node_exporter {
        enabled_in_broker = true
      }
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.brokers.name
      }
    }
  }
}

resource "aws_msk_scram_secret_association" "this" {
  cluster_arn     = aws_msk_cluster.this.arn
  secret_arn_list = var.scram_secret_arns
}
