package dev.walletplatform.processors.status.http;

import dev.walletplatform.kit.http.ApiErrorCode;

/**
 * The status port's own codes, beside the kit's and {@code INVALID_COMMAND_ID}. Either means "ask
 * the database" to the wallet service; callers switch on the status, operators read the code.
 */
enum StatusViewErrorCode implements ApiErrorCode {
  NOT_IN_VIEW(
      new Spec(
          404, "The view holds no such command (not screened yet, or older than the view keeps).")),
  VIEW_UNAVAILABLE(
      new Spec(
          503,
          "The view cannot answer now (rebalancing, restoring, or the owning instance is unreachable)."));

  private final Spec spec;

  StatusViewErrorCode(Spec spec) {
    this.spec = spec;
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
