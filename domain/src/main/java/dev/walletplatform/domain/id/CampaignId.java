package dev.walletplatform.domain.id;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;

/** A giveaway campaign's id, same alphabet as wallet ids. */
public record CampaignId(String value) {
  public CampaignId {
    if (value == null || !WalletId.FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "campaign id must match " + WalletId.FORMAT + ", was: " + value);
    }
  }

  public static CampaignId parse(String text, String field) {
    if (text == null || !WalletId.FORMAT.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_CAMPAIGN_ID,
          field,
          field + " must be 3-64 characters of A-Z, a-z, 0-9, '-', '_'");
    }
    return new CampaignId(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
