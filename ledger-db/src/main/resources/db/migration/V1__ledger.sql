-- The ledger. SQL that both PostgreSQL and CockroachDB accept: no sequences (hotspots), UUID and
-- natural keys, DECIMAL(38,0) minor units, TIMESTAMPTZ. Multi-region statements live in
-- db/cockroachdb, applied only there.

-- Customer wallets and system accounts (ids starting "sys:", which customers cannot name).
-- entry_count numbers each wallet's ledger entries: the keyset for paging its history.
CREATE TABLE wallets (
    wallet_id    VARCHAR(96)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(128) NOT NULL,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('CUSTOMER', 'SYSTEM')),
    entry_count  BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL
);

-- One row per wallet and asset. Customer balances can never go negative, whatever the code does;
-- only the system account that mirrors the outside world (deposits in, withdrawals out) may.
CREATE TABLE balances (
    wallet_id       VARCHAR(96)    NOT NULL REFERENCES wallets (wallet_id),
    asset           VARCHAR(10)    NOT NULL,
    amount          DECIMAL(38, 0) NOT NULL,
    allow_negative  BOOLEAN        NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (wallet_id, asset),
    CONSTRAINT balance_not_negative CHECK (amount >= 0 OR allow_negative)
);

-- Double entry: every movement writes two entries (movement_id) whose amounts sum to zero.
CREATE TABLE ledger_entries (
    wallet_id      VARCHAR(96)    NOT NULL,
    entry_seq      BIGINT         NOT NULL,
    entry_id       UUID           NOT NULL,
    movement_id    UUID           NOT NULL,
    message_id     UUID           NOT NULL,
    entry_type     VARCHAR(32)    NOT NULL,
    asset          VARCHAR(10)    NOT NULL,
    amount         DECIMAL(38, 0) NOT NULL,
    balance_after  DECIMAL(38, 0) NOT NULL,
    counterparty   VARCHAR(96)    NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (wallet_id, entry_seq),
    CONSTRAINT ledger_entry_id_unique UNIQUE (entry_id)
);
CREATE INDEX ledger_entries_by_message ON ledger_entries (message_id);

-- Every command and event the applier has decided, written in the same transaction as its effects:
-- the exactly-once record. A redelivered message finds its row and changes nothing.
CREATE TABLE processed_messages (
    message_id        UUID         NOT NULL PRIMARY KEY,
    message_kind      VARCHAR(32)  NOT NULL,
    wallet_id         VARCHAR(96)  NOT NULL,
    client_id         VARCHAR(128),
    idempotency_key   VARCHAR(128),
    request_hash      VARCHAR(64),
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('APPLIED', 'REJECTED')),
    reason_code       VARCHAR(64),
    accepted_at       TIMESTAMPTZ,
    processed_at      TIMESTAMPTZ  NOT NULL,
    source_topic      VARCHAR(128) NOT NULL,
    source_partition  INT          NOT NULL,
    source_offset     BIGINT       NOT NULL
);

-- Giveaways: a campaign's budget is held in its own system account; claims are unique per wallet.
CREATE TABLE campaigns (
    campaign_id        VARCHAR(64)    NOT NULL PRIMARY KEY,
    asset              VARCHAR(10)    NOT NULL,
    amount_per_claim   DECIMAL(38, 0) NOT NULL CHECK (amount_per_claim > 0),
    budget             DECIMAL(38, 0) NOT NULL CHECK (budget > 0),
    claimed_total      DECIMAL(38, 0) NOT NULL DEFAULT 0,
    opens_at           TIMESTAMPTZ    NOT NULL,
    closes_at          TIMESTAMPTZ    NOT NULL,
    funding_wallet_id  VARCHAR(96)    NOT NULL REFERENCES wallets (wallet_id),
    CONSTRAINT campaign_within_budget CHECK (claimed_total <= budget)
);

CREATE TABLE giveaway_claims (
    campaign_id  VARCHAR(64)  NOT NULL REFERENCES campaigns (campaign_id),
    wallet_id    VARCHAR(96)  NOT NULL,
    message_id   UUID         NOT NULL,
    claimed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, wallet_id)
);

-- Withdrawals move funds to a pending (holding) account until the payout service settles or fails them.
CREATE TABLE withdrawals (
    withdrawal_id  UUID           NOT NULL PRIMARY KEY,
    wallet_id      VARCHAR(96)    NOT NULL,
    asset          VARCHAR(10)    NOT NULL,
    amount         DECIMAL(38, 0) NOT NULL,
    destination    VARCHAR(128)   NOT NULL,
    holding_wallet_id VARCHAR(96) NOT NULL,
    status         VARCHAR(16)    NOT NULL CHECK (status IN ('PENDING', 'SETTLED', 'FAILED')),
    requested_at   TIMESTAMPTZ    NOT NULL,
    resolved_at    TIMESTAMPTZ
);
