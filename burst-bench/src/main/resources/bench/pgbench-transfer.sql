-- The ledger applier's transaction for one transfer, statement for statement (see
-- stream-processors' JdbcLedgerRepository): prefetch the processed id, lock both wallets and their
-- balances in key order, record the message, number the entries, move the money, write the two
-- entries. One command per transaction — what the applier does with a batch of one.
-- Wallets bw-000001 .. bw-<wallets> (pgbench -D wallets=N); 1 minor unit of USDC from a to b.
\set a random(1, :wallets)
\set b random(1, :wallets - 1)
\set b CASE WHEN :b >= :a THEN :b + 1 ELSE :b END
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT gen_random_uuid() AS mid \gset
SELECT message_id, message_kind, wallet_id, request_hash, status, reason_code, processed_at FROM processed_messages WHERE message_id = ANY(ARRAY[:mid::uuid]);
SELECT wallet_id, owner, kind, entry_count FROM wallets WHERE wallet_id = ANY(ARRAY['bw-' || lpad(:a::text, 6, '0'), 'bw-' || lpad(:b::text, 6, '0')]) ORDER BY wallet_id FOR UPDATE;
SELECT wallet_id, asset, amount, allow_negative FROM balances WHERE wallet_id = ANY(ARRAY['bw-' || lpad(:a::text, 6, '0'), 'bw-' || lpad(:b::text, 6, '0')]) ORDER BY wallet_id, asset FOR UPDATE;
INSERT INTO processed_messages (message_id, message_kind, wallet_id, client_id, idempotency_key, request_hash, status, reason_code, accepted_at, processed_at, source_topic, source_partition, source_offset) VALUES (:mid::uuid, 'TRANSFER', 'bw-' || lpad(:a::text, 6, '0'), 'pgbench', 'pgbench-' || :mid, 'pgbench', 'APPLIED', NULL, now(), now(), 'pgbench', 0, 0);
UPDATE wallets SET entry_count = entry_count + 1 WHERE wallet_id IN ('bw-' || lpad(:a::text, 6, '0'), 'bw-' || lpad(:b::text, 6, '0'));
UPDATE balances SET amount = amount + CASE WHEN wallet_id = 'bw-' || lpad(:a::text, 6, '0') THEN -1 ELSE 1 END, updated_at = now() WHERE asset = 'USDC' AND wallet_id IN ('bw-' || lpad(:a::text, 6, '0'), 'bw-' || lpad(:b::text, 6, '0'));
INSERT INTO ledger_entries (wallet_id, entry_seq, entry_id, movement_id, message_id, entry_type, asset, amount, balance_after, counterparty, created_at) SELECT w.wallet_id, w.entry_count, gen_random_uuid(), :mid::uuid, :mid::uuid, 'TRANSFER', 'USDC', CASE WHEN w.wallet_id = 'bw-' || lpad(:a::text, 6, '0') THEN -1 ELSE 1 END, b.amount, CASE WHEN w.wallet_id = 'bw-' || lpad(:a::text, 6, '0') THEN 'bw-' || lpad(:b::text, 6, '0') ELSE 'bw-' || lpad(:a::text, 6, '0') END, now() FROM wallets w JOIN balances b ON b.wallet_id = w.wallet_id AND b.asset = 'USDC' WHERE w.wallet_id IN ('bw-' || lpad(:a::text, 6, '0'), 'bw-' || lpad(:b::text, 6, '0'));
END;
