package dev.walletplatform.gateway.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.command.TransferCommand;
import dev.walletplatform.gateway.command.WithdrawalCommand;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.http.CommandHeaders;
import dev.walletplatform.gateway.http.CommandReader;
import dev.walletplatform.gateway.http.JsonLimits;
import dev.walletplatform.gateway.idempotency.RequestHash;
import dev.walletplatform.kit.http.ApiErrorCode;
import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.kit.http.HttpErrorCode;
import jakarta.ws.rs.core.MediaType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the gateway does with any bytes a client may send: the real parsing and validation path —
 * the command headers, the strict JSON parser, amounts, the endpoints' rules — yields a valid
 * command or a documented input error (a domain {@link InvalidInputException}, or one of the
 * gateway's 4xx codes). Any other exception, a hang or an out-of-memory is a finding, and so is a
 * "valid" command that breaks a rule the ledger relies on.
 *
 * <p>The default suite replays the committed seeds (valid requests of every endpoint and near
 * misses, in {@code src/test/resources/.../CommandRequestFuzzTestInputs/<method>}); {@code
 * JAZZER_FUZZ=1} (or {@code scripts/fuzz.sh}) fuzzes. Inputs that carry two parts (a path segment
 * or header lines, and a body) are split at the first newline.
 */
class CommandRequestFuzzTest {
  /** The production defaults (limits.maxJsonDepth, maxJsonFields, maxStringLength). */
  private static final CommandReader READER =
      new CommandReader(new JsonLimits(4, 16, 256), new CommandValidator(AssetCatalog.defaults()));

  private static final CommandValidator VALIDATOR = new CommandValidator(AssetCatalog.defaults());

  /** Codes the gateway's own refusals may carry for input it parses. */
  private static final Set<ApiErrorCode> INPUT_REFUSALS =
      Set.of(
          GatewayErrorCode.JSON_TOO_DEEP,
          GatewayErrorCode.TOO_MANY_FIELDS,
          HttpErrorCode.UNSUPPORTED_MEDIA_TYPE);

  /** Domain codes of other services' inputs: the gateway never answers them. */
  private static final Set<ErrorCode> NOT_GATEWAY_CODES =
      EnumSet.of(ErrorCode.INVALID_COMMAND_ID, ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_LIMIT);

  /** Every canonical field goes into Avro and the request hash: printable ASCII, one line. */
  private static final Pattern CANONICAL_VALUE = Pattern.compile("[\\x21-\\x7E]{1,128}");

  @FuzzTest(maxDuration = "10m")
  void readsATransferBodyOrRefusesIt(byte[] body) {
    expectCommandOrInputError(() -> READER.transfer(body));
  }

  @FuzzTest(maxDuration = "10m")
  void readsAWithdrawalBodyOrRefusesIt(byte[] body) {
    expectCommandOrInputError(() -> READER.withdrawal(body));
  }

  /** First line: the {@code {campaign}} path segment; the rest: the body. */
  @FuzzTest(maxDuration = "10m")
  void readsAGiveawayClaimOrRefusesIt(byte[] input) {
    byte[][] parts = splitAtFirstNewline(input);
    String campaign = new String(parts[0], StandardCharsets.UTF_8);
    expectCommandOrInputError(() -> READER.giveawayClaim(campaign, parts[1]));
  }

  /** First line: the asset code; the rest: the amount text, as a withdrawal carries them. */
  @FuzzTest(maxDuration = "10m")
  void parsesAnAmountOrRefusesIt(byte[] input) {
    byte[][] parts = splitAtFirstNewline(input);
    String asset = new String(parts[0], StandardCharsets.UTF_8);
    String amount = new String(parts[1], StandardCharsets.UTF_8);
    expectCommandOrInputError(
        () -> VALIDATOR.withdrawal("alice-1", asset, amount, "0x52908400098527886E"));
  }

  /**
   * Header lines as HTTP carries them (ISO-8859-1): Content-Type, then Idempotency-Key values until
   * an empty line, then X-Device-Id values.
   */
  @FuzzTest(maxDuration = "10m")
  void checksTheCommandHeadersOrRefusesThem(byte[] input) {
    List<String> lines =
        Arrays.asList(new String(input, StandardCharsets.ISO_8859_1).split("\n", -1));
    int blank = lines.indexOf("");
    List<String> keys = lines.subList(Math.min(1, lines.size()), blank < 1 ? lines.size() : blank);
    List<String> devices = blank < 1 ? List.of() : lines.subList(blank + 1, lines.size());
    expectInputErrorOr(
        () -> {
          // Jersey parses the header before the gateway sees it; a value it cannot parse never gets
          // here
          MediaType type;
          try {
            type =
                lines.isEmpty() || lines.get(0).isEmpty() ? null : MediaType.valueOf(lines.get(0));
          } catch (IllegalArgumentException unparsable) {
            type = null;
          }
          CommandHeaders.requireJson(type);
          CommandHeaders.idempotencyKey(keys.isEmpty() ? null : keys);
          CommandHeaders.device(devices.isEmpty() ? null : devices);
        });
  }

  private static void expectCommandOrInputError(java.util.function.Supplier<GatewayCommand> read) {
    expectInputErrorOr(() -> requireValid(read.get()));
  }

  private static void expectInputErrorOr(Runnable path) {
    try {
      path.run();
    } catch (InvalidInputException refused) {
      if (NOT_GATEWAY_CODES.contains(refused.code()) || refused.getMessage() == null) {
        throw new AssertionError("undocumented input error " + refused.code(), refused);
      }
    } catch (ApiException refused) {
      if (!INPUT_REFUSALS.contains(refused.code())) {
        throw new AssertionError(
            "a refusal that is not an input error: " + refused.code(), refused);
      }
    }
  }

  /** What the ledger relies on from every command the gateway would publish. */
  private static void requireValid(GatewayCommand command) {
    command
        .canonicalFields()
        .forEach(
            (name, value) -> {
              if (!CANONICAL_VALUE.matcher(value).matches()) {
                throw new AssertionError(name + " is not printable ASCII: " + value);
              }
            });
    if (!RequestHash.of(command).matches("[0-9a-f]{64}")) {
      throw new AssertionError("no request hash for " + command);
    }
    switch (command) {
      case TransferCommand transfer -> {
        requireAmount(transfer.amount().minorUnits());
        if (transfer.fromWallet().equals(transfer.toWallet())) {
          throw new AssertionError("a transfer to the wallet it debits: " + transfer);
        }
      }
      case WithdrawalCommand withdrawal -> requireAmount(withdrawal.amount().minorUnits());
      default -> {}
    }
  }

  private static void requireAmount(BigInteger minorUnits) {
    if (minorUnits.signum() <= 0 || minorUnits.toString().length() > 38) {
      throw new AssertionError("amount outside 1..10^38-1 minor units: " + minorUnits);
    }
  }

  private static byte[][] splitAtFirstNewline(byte[] input) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        return new byte[][] {
          Arrays.copyOfRange(input, 0, i), Arrays.copyOfRange(input, i + 1, input.length)
        };
      }
    }
    return new byte[][] {input, new byte[0]};
  }
}
