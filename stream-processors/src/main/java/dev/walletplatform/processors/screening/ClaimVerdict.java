package dev.walletplatform.processors.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The device task's answer for one claim, sent back to its wallet's partition: {@code PASSED} or
 * the rejection reason code.
 */
record ClaimVerdict(
    @JsonProperty("commandId") String commandId,
    @JsonProperty("wallet") String wallet,
    @JsonProperty("verdict") String verdict,
    @JsonProperty("acceptedAt") Instant acceptedAt) {}
