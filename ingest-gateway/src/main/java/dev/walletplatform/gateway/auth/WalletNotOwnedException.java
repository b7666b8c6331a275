package dev.walletplatform.gateway.auth;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.GatewayException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A 403: the command would move money out of, or claim into, a wallet the token does not own. */
public final class WalletNotOwnedException extends GatewayException {
  private static final long serialVersionUID = 1L;

  public WalletNotOwnedException(String field, WalletId wallet) {
    super(GatewayErrorCode.WALLET_NOT_OWNED, field + " '" + wallet + "' is not a wallet of this token", details(field));
  }

  private static Map<String, Object> details(String field) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", field);
    return details;
  }
}
