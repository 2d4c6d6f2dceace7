package io.scimtool.scim.filter;

import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.AttributeType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates a value filter (the part in brackets of {@code emails[type eq "work"]}) against one
 * value of a multi-valued complex attribute, in memory. Attribute names in the filter are relative
 * to that value and resolved, ignoring case, among the attribute's sub-attributes.
 */
public final class FilterEvaluator {
  private FilterEvaluator() {}

  public static boolean matches(
      Filter filter, JsonObject element, AttributeDefinition multiValuedParent) {
    if (filter instanceof Filter.And and) {
      return matches(and.left(), element, multiValuedParent)
          && matches(and.right(), element, multiValuedParent);
    }
    if (filter instanceof Filter.Or or) {
      return matches(or.left(), element, multiValuedParent)
          || matches(or.right(), element, multiValuedParent);
    }
    if (filter instanceof Filter.Not not) {
      return !matches(not.filter(), element, multiValuedParent);
    }
    if (filter instanceof Filter.Present present) {
      return !isAbsent(valueOf(present.path(), element, multiValuedParent));
    }
    if (filter instanceof Filter.Compare compare) {
      AttributeDefinition sub = subAttribute(compare.path(), multiValuedParent);
      return compare(sub, valueOf(compare.path(), element, multiValuedParent), compare);
    }
    throw nested(multiValuedParent);
  }

  /**
   * Checks that every attribute the filter names is a sub-attribute of {@code multiValuedParent},
   * so a typo is reported even when there are no values to evaluate against.
   */
  public static void requireKnownAttributes(Filter filter, AttributeDefinition multiValuedParent) {
    if (filter instanceof Filter.And and) {
      requireKnownAttributes(and.left(), multiValuedParent);
      requireKnownAttributes(and.right(), multiValuedParent);
    } else if (filter instanceof Filter.Or or) {
      requireKnownAttributes(or.left(), multiValuedParent);
      requireKnownAttributes(or.right(), multiValuedParent);
    } else if (filter instanceof Filter.Not not) {
      requireKnownAttributes(not.filter(), multiValuedParent);
    } else if (filter instanceof Filter.Present present) {
      subAttribute(present.path(), multiValuedParent);
    } else if (filter instanceof Filter.Compare compare) {
      subAttribute(compare.path(), multiValuedParent);
    } else {
      throw nested(multiValuedParent);
    }
  }

  private static JsonValue valueOf(AttrPath path, JsonObject element, AttributeDefinition parent) {
    return ScimAttributes.get(element, subAttribute(path, parent).name()).orElse(JsonValue.NULL);
  }

  private static AttributeDefinition subAttribute(AttrPath path, AttributeDefinition parent) {
    if (path.uri() != null || path.subAttribute() != null) {
      throw ScimErrors.invalidFilter(
          "'" + path + "' is not a sub-attribute of '" + parent.name() + "'");
    }
    return parent
        .subAttribute(path.name())
        .orElseThrow(
            () ->
                ScimErrors.invalidFilter(
                    "'" + path.name() + "' is not a sub-attribute of '" + parent.name() + "'"));
  }

  private static boolean compare(AttributeDefinition sub, JsonValue actual, Filter.Compare cmp) {
    CompareOp op = cmp.op();
    if (cmp.value() instanceof Literal.Null) {
      // RFC 7644 §3.4.2.2: "eq null" matches an absent value, "ne null" a present one.
      if (op != CompareOp.EQ && op != CompareOp.NE) {
        throw ScimErrors.invalidFilter("Only eq and ne can compare '" + sub.name() + "' with null");
      }
      return isAbsent(actual) == (op == CompareOp.EQ);
    }
    if (isAbsent(actual)) {
      return op == CompareOp.NE;
    }
    if (sub.type() == AttributeType.BOOLEAN) {
      return compareBoolean(sub, actual, cmp);
    }
    if (actual instanceof JsonNumber number) {
      return compareNumber(number.bigDecimalValue(), cmp.value(), op);
    }
    if (actual instanceof JsonString text) {
      return compareText(text.getString(), cmp.value().asText(), sub.caseExact(), op);
    }
    return false;
  }

  /** RFC 7644 §3.4.2.2: ordering and substring operators do not apply to booleans. */
  private static boolean compareBoolean(
      AttributeDefinition sub, JsonValue actual, Filter.Compare cmp) {
    if (cmp.op() != CompareOp.EQ && cmp.op() != CompareOp.NE) {
      throw ScimErrors.invalidFilter(
          "Boolean attribute '" + sub.name() + "' can only be compared with eq or ne");
    }
    Optional<Boolean> left = asBoolean(actual);
    Optional<Boolean> right = asBoolean(cmp.value());
    boolean equal = left.isPresent() && left.equals(right);
    return equal == (cmp.op() == CompareOp.EQ);
  }

  private static boolean compareNumber(BigDecimal actual, Literal expected, CompareOp op) {
    BigDecimal other;
    if (expected instanceof Literal.Number number) {
      other = number.value();
    } else {
      try {
        other = new BigDecimal(expected.asText().strip());
      } catch (NumberFormatException e) {
        return op == CompareOp.NE;
      }
    }
    if (op.isSubstring()) {
      return compareText(actual.toPlainString(), other.toPlainString(), true, op);
    }
    return ordered(actual.compareTo(other), op);
  }

  private static boolean compareText(
      String actual, String expected, boolean caseExact, CompareOp op) {
    String left = caseExact ? actual : actual.toLowerCase(Locale.ROOT);
    String right = caseExact ? expected : expected.toLowerCase(Locale.ROOT);
    switch (op) {
      case CO:
        return left.contains(right);
      case SW:
        return left.startsWith(right);
      case EW:
        return left.endsWith(right);
      default:
        return ordered(left.compareTo(right), op);
    }
  }

  private static boolean ordered(int comparison, CompareOp op) {
    switch (op) {
      case EQ:
        return comparison == 0;
      case NE:
        return comparison != 0;
      case GT:
        return comparison > 0;
      case GE:
        return comparison >= 0;
      case LT:
        return comparison < 0;
      case LE:
        return comparison <= 0;
      default:
        throw new IllegalArgumentException("not an ordering: " + op);
    }
  }

  /** Microsoft Entra ID writes boolean literals as strings: {@code primary eq "True"}. */
  private static Optional<Boolean> asBoolean(Literal literal) {
    if (literal instanceof Literal.Bool bool) {
      return Optional.of(bool.value());
    }
    return parseBoolean(literal.asText());
  }

  private static Optional<Boolean> asBoolean(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return Optional.of(true);
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return Optional.of(false);
    }
    return value instanceof JsonString text ? parseBoolean(text.getString()) : Optional.empty();
  }

  private static Optional<Boolean> parseBoolean(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return Optional.of(lower.equals("true"));
    }
    return Optional.empty();
  }

  /** Absent, null, "" and empty containers are all "no value" (RFC 7644 §3.4.2.2 {@code pr}). */
  private static boolean isAbsent(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return true;
    }
    if (value instanceof JsonString text) {
      return text.getString().isEmpty();
    }
    if (value instanceof JsonArray array) {
      return array.isEmpty();
    }
    return value instanceof JsonObject object && object.isEmpty();
  }

  private static RuntimeException nested(AttributeDefinition parent) {
    return ScimErrors.invalidFilter(
        "Value filters cannot be nested inside '" + parent.name() + "'");
  }
}
