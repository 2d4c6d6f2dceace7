package io.scimtool.storage.query;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.schema.ResolvedAttribute;
import java.util.Locale;
import java.util.Map;

/** Naming of indexed value paths: lower-case, extensions under a short prefix. */
final class ValuePaths {
  /** Short prefixes keep the index small; the full URN would repeat on every row. */
  static final Map<String, String> EXTENSION_PREFIXES = Map.of(ScimSchemas.ENTERPRISE_USER, "e:");

  private ValuePaths() {}

  static String prefixOf(String extensionUrn) {
    String prefix = EXTENSION_PREFIXES.get(extensionUrn);
    if (prefix == null) {
      throw new IllegalArgumentException("no index prefix for extension " + extensionUrn);
    }
    return prefix;
  }

  /** The indexed path of a top-level attribute (without sub-attribute). */
  static String attributePath(ResolvedAttribute resolved) {
    String name = resolved.attribute().name().toLowerCase(Locale.ROOT);
    return resolved.extension() ? prefixOf(resolved.schema().id()) + name : name;
  }

  static String join(String attributePath, String subAttribute) {
    return attributePath + "." + subAttribute.toLowerCase(Locale.ROOT);
  }
}
