package dev.walletplatform.gateway.http;

import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.command.GiveawayClaimCommand;
import dev.walletplatform.gateway.command.TransferCommand;
import dev.walletplatform.gateway.command.WithdrawalCommand;
import dev.walletplatform.gateway.http.model.GiveawayClaimRequest;
import dev.walletplatform.gateway.http.model.TransferRequest;
import dev.walletplatform.gateway.http.model.WithdrawalRequest;

/**
 * A command body as each endpoint reads it: the strict JSON object with the endpoint's fields, then
 * the validator's rules. No side effects, so the fuzz target runs exactly this path. Refusals are
 * {@code InvalidInputException} (a domain code) or a {@code GatewayException} with a 4xx code
 * (JSON_TOO_DEEP, TOO_MANY_FIELDS); anything else is a bug.
 */
public final class CommandReader {
  private final StrictJsonObject json;
  private final CommandValidator validator;

  public CommandReader(JsonLimits limits, CommandValidator validator) {
    this.json = new StrictJsonObject(limits);
    this.validator = validator;
  }

  public TransferCommand transfer(byte[] body) {
    TransferRequest request = TransferRequest.from(json.parse(body, TransferRequest.FIELDS));
    return validator.transfer(
        request.fromWallet(), request.toWallet(), request.asset(), request.amount());
  }

  public WithdrawalCommand withdrawal(byte[] body) {
    WithdrawalRequest request = WithdrawalRequest.from(json.parse(body, WithdrawalRequest.FIELDS));
    return validator.withdrawal(
        request.wallet(), request.asset(), request.amount(), request.destination());
  }

  /** The campaign comes from the path, as the client sent it. */
  public GiveawayClaimCommand giveawayClaim(String campaign, byte[] body) {
    GiveawayClaimRequest request =
        GiveawayClaimRequest.from(json.parse(body, GiveawayClaimRequest.FIELDS));
    return validator.giveawayClaim(campaign, request.wallet());
  }
}
