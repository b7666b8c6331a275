package dev.walletplatform.testsupport.contract;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * The document's {@code components/schemas/Error}: the one shape of every refusal, also of those no
 * operation describes (an unknown path, a method a path does not have).
 */
final class ErrorSchema {
  private final SchemaValidator validator;
  private final Schema<?> error;

  ErrorSchema(OpenAPI api) {
    this.error =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? null
            : api.getComponents().getSchemas().get("Error");
    if (error == null) {
      throw new IllegalArgumentException("the document has no components/schemas/Error");
    }
    this.validator =
        new SchemaValidator(
            api, new MessageResolver(LevelResolver.create().withDefaultLevel(Level.ERROR).build()));
  }

  List<Message> mismatches(String body) {
    return validator
        .validate(body == null ? "" : body, error, "validation.response.body")
        .getMessages()
        .stream()
        .filter(message -> message.getLevel() == Level.ERROR)
        .toList();
  }
}
