package dev.walletplatform.walletservice.api;

import dev.walletplatform.kit.http.ApiErrorCode;

/**
 * The wallet service's own codes, beside the kit's {@code HttpErrorCode} (authentication,
 * ownership, HTTP's own refusals) and the domain's input codes (all 400 here). Public contract:
 * add, never rename.
 */
public enum WalletServiceErrorCode implements ApiErrorCode {
  WALLET_NOT_FOUND(new Spec(404, "No customer wallet has this id.")),
  COMMAND_NOT_FOUND(
      new Spec(
          404,
          "No command with this id that the caller may see: unknown, another wallet's, or accepted"
              + " and not yet applied.")),
  DATABASE_UNAVAILABLE(
      new Spec(
          503, "The ledger database did not answer in time; retry after Retry-After seconds."));

  private final Spec spec;

  WalletServiceErrorCode(Spec spec) {
    this.spec = spec;
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
