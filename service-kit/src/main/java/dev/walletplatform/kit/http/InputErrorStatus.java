package dev.walletplatform.kit.http;

import dev.walletplatform.domain.error.ErrorCode;

/**
 * The HTTP status of an input error, which depends on where the input was: a value in a JSON body
 * that breaks a rule is 422 (the body was understood), a path or query parameter that does is 400.
 */
@FunctionalInterface
public interface InputErrorStatus {
  /** Every input error is a 400: for services whose input is paths and query parameters only. */
  InputErrorStatus ALWAYS_BAD_REQUEST = code -> 400;

  int of(ErrorCode code);
}
