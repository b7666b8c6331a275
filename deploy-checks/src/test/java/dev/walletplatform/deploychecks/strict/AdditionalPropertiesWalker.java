package dev.walletplatform.deploychecks.strict;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * fabric8 keeps every field its model does not know in an {@code additionalProperties} map instead
 * of failing. This walks a parsed object and reports each such field with its path: a misspelt
 * {@code readinesProbe} or a field at the wrong level is exactly what the API server would refuse
 * (or, worse, silently drop).
 */
public final class AdditionalPropertiesWalker {
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  private AdditionalPropertiesWalker() {}

  public static List<String> unknownFields(Object root, String rootPath) {
    List<String> found = new ArrayList<>();
    walk(root, rootPath, found);
    return found;
  }

  private static void walk(Object value, String path, List<String> found) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", found);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "." + key, found));
      return;
    }
    if (!isModel(value.getClass())) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (!isPropertyGetter(getter)) {
        continue;
      }
      Object child = invoke(getter, value);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(key -> found.add(path + "." + key));
        }
      } else {
        walk(child, path + "." + propertyName(getter), found);
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().startsWith(MODEL_PACKAGE);
  }

  /**
   * Only getters that can lead to more model objects: computed values (Quantity's amount) are left
   * alone.
   */
  private static boolean isPropertyGetter(Method method) {
    Class<?> type = method.getReturnType();
    return method.getName().startsWith("get")
        && method.getParameterCount() == 0
        && !Modifier.isStatic(method.getModifiers())
        && (isModel(type)
            || Collection.class.isAssignableFrom(type)
            || Map.class.isAssignableFrom(type));
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + getter + " of " + target.getClass().getName(), e);
    }
  }

  private static String propertyName(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
