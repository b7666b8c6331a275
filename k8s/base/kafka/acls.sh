#!/bin/sh
# Each service's Kafka ACLs: least privilege per SCRAM user (MSK principal User:<name>).
# Idempotent: adding a binding that exists changes nothing, so the Job runs after every sync.
# Removing a grant line does not revoke the ACL: move it to the revoke list at the end (which
# runs after the grants, so a narrowed grant never leaves a gap), or revoke by hand (docs/deploy.md).
set -eu

umask 077
cat > /tmp/admin.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_ADMIN_USERNAME}" password="${KAFKA_ADMIN_PASSWORD}";
PROPS

acl() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --command-config /tmp/admin.properties --add --force "$@"
}

# Removing a binding that does not exist changes nothing either.
revoke() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --command-config /tmp/admin.properties --remove --force "$@"
}

# ingest-gateway: appends commands (idempotent producer: Write covers IdempotentWrite since Kafka 3.0)
acl --allow-principal User:ingest-gateway --operation Write --operation Describe --topic wallet.commands.v1

# ledger-applier: consumes screened commands and events in its group, writes results and dead
# letters. No TransactionalId for the applier: its exactly-once lives in the database.
acl --allow-principal User:ledger-applier --operation Read --operation Describe --topic wallet.commands.screened.v1
acl --allow-principal User:ledger-applier --operation Read --operation Describe --topic wallet.events.v1
acl --allow-principal User:ledger-applier --operation Read --group ledger-applier
acl --allow-principal User:ledger-applier --operation Write --operation Describe --topic wallet.results.v1
acl --allow-principal User:ledger-applier --operation Write --operation Describe --topic wallet.deadletters.v1

# The Kafka Streams topologies, in the same pods and with the same user (application.id
# wallet-streams): screening reads the gateway's commands and the results, passes commands on to
# the screened topic, writes rejections as results and bad records as dead letters, keeps campaign
# budgets (and reads them back as a global table); exactly_once_v2 commits offsets of group
# wallet-streams in transactions whose ids are wallet-streams-<process>-<thread>.
acl --allow-principal User:ledger-applier --operation Read --operation Describe --topic wallet.commands.v1
acl --allow-principal User:ledger-applier --operation Read --topic wallet.results.v1
acl --allow-principal User:ledger-applier --operation Write --operation Describe --topic wallet.commands.screened.v1
acl --allow-principal User:ledger-applier --operation Read --operation Write --operation Describe \
  --topic wallet.screening.campaign-budgets.v1
acl --allow-principal User:ledger-applier --operation Read --group wallet-streams
acl --allow-principal User:ledger-applier --operation Write --operation Describe \
  --transactional-id wallet-streams- --resource-pattern-type prefixed
# Its internal topics (wallet-streams-*-changelog, -repartition): it creates them at start and
# describes them on every rebalance, reads and writes them, and purges consumed repartition
# records (DeleteRecords needs Delete; whole topics cannot be deleted: delete.topic.enable=false).
# Not All: no Alter, AlterConfigs or DescribeConfigs — nothing may reconfigure a changelog.
acl --allow-principal User:ledger-applier --operation Create --operation Describe --operation Read \
  --operation Write --operation Delete --topic wallet-streams- --resource-pattern-type prefixed

# lag-reader (KEDA's scaler, kafka-exporter): offsets only, never records
acl --allow-principal User:lag-reader --operation Describe --topic wallet. --resource-pattern-type prefixed
acl --allow-principal User:lag-reader --operation Describe --group ledger-applier
acl --allow-principal User:lag-reader --operation Describe --group wallet-streams

# topic-operator: creates and reconfigures the wallet.* topics; never deletes (no Delete grant)
acl --allow-principal User:topic-operator --operation Describe --operation DescribeConfigs --cluster
acl --allow-principal User:topic-operator --operation Create --operation Describe --operation Alter \
  --operation DescribeConfigs --operation AlterConfigs --topic wallet. --resource-pattern-type prefixed

# walletctl (operators, from a pod of their own): read everything of ours, publish new commands
# (through screening), re-produce into the applier's inputs (replay, redrive), append the audit
# trail, reset an idle group's offsets
acl --allow-principal User:walletctl --operation Read --operation Describe --topic wallet. --resource-pattern-type prefixed
acl --allow-principal User:walletctl --operation Write --topic wallet.commands.v1
acl --allow-principal User:walletctl --operation Write --topic wallet.commands.screened.v1
acl --allow-principal User:walletctl --operation Write --topic wallet.events.v1
acl --allow-principal User:walletctl --operation Write --topic wallet.audit.v1
acl --allow-principal User:walletctl --operation Describe --operation Read --group ledger-applier

# Superseded grants, revoked on every run (after the grants above that replace them):
# All on the Streams internal topics, and the transactional-id prefix without its dash (it also
# matched ids of any other application whose id starts with wallet-streams).
revoke --allow-principal User:ledger-applier --operation All --topic wallet-streams- --resource-pattern-type prefixed
revoke --allow-principal User:ledger-applier --operation Write --operation Describe \
  --transactional-id wallet-streams --resource-pattern-type prefixed

echo "ACLs applied"
