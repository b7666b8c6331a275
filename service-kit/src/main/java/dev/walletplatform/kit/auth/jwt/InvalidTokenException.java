package dev.walletplatform.kit.auth.jwt;

import jakarta.annotation.Nullable;

/**
 * A token that must not be trusted, with the problem for logs and metrics (never for the caller).
 */
public final class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  private final TokenProblem problem;

  public InvalidTokenException(TokenProblem problem, String detail) {
    super(problem + ": " + detail);
    this.problem = problem;
  }

  public InvalidTokenException(TokenProblem problem, @Nullable String detail, Throwable cause) {
    super(problem + ": " + detail, cause);
    this.problem = problem;
  }

  public TokenProblem problem() {
    return problem;
  }
}
