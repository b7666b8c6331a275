package dev.walletplatform.walletctl.lag;

import java.time.Duration;

/**
 * One partition of one group: committed offset (-1 when the group never committed there), end
 * offset, lag in records, and how far behind in time the oldest unconsumed record is (null when
 * there is no lag or its timestamp could not be read).
 */
record LagRow(
    String group,
    String state,
    int members,
    String topic,
    int partition,
    long committed,
    long end,
    long lag,
    Duration behind) {}
