package dev.walletplatform.deploychecks.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Lets the custom-resource records embed Kubernetes types (a Rollout's pod template, a label
 * selector, HPA behavior): such a field is handed to fabric8's own (Jackson 3) model and checked
 * for unknown fields like any built-in object.
 */
final class Fabric8Types extends SimpleModule {
  private static final long serialVersionUID = 1L;

  Fabric8Types() {
    super("fabric8-types");
    setDeserializers(
        new SimpleDeserializers() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> findBeanDeserializer(
              JavaType type, DeserializationConfig config, BeanDescription description) {
            Class<?> raw = type.getRawClass();
            return raw.getPackageName().startsWith("io.fabric8.kubernetes.api.model")
                ? new Delegate<>(raw)
                : null;
          }
        });
  }

  private static final class Delegate<T> extends JsonDeserializer<T> {
    private final Class<T> type;

    Delegate(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = parser.readValueAsTree();
      try {
        return StrictKubernetesModel.parse(tree, type);
      } catch (IllegalArgumentException e) {
        return context.reportInputMismatch(type, "%s: %s", type.getSimpleName(), e.getMessage());
      }
    }
  }
}
