package dev.walletplatform.gateway.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Every error the gateway answers: a documented code, a human message, details that explain it. */
public record ErrorResponse(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("details") Map<String, Object> details) {}
