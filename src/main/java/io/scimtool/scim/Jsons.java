package io.scimtool.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@link jakarta.json.Json}'s factory methods on one provider looked up once. Each {@code
 * Json.createX} call looks the provider up again through {@link java.util.ServiceLoader}, which
 * inside Liberty scans the class path (shared libraries included) on every call: that was a large
 * share of a request's CPU time.
 */
public final class Jsons {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(jakarta.json.JsonObject initial) {
    return PROVIDER.createObjectBuilder(initial);
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder(jakarta.json.JsonArray initial) {
    return PROVIDER.createArrayBuilder(initial);
  }

  public static JsonNumber createValue(java.math.BigInteger value) {
    return PROVIDER.createValue(value);
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(int value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(long value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(double value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(BigDecimal value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(Number value) {
    return PROVIDER.createValue(value);
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonParser createParser(Reader reader) {
    return PROVIDER.createParser(reader);
  }

  public static JsonWriter createWriter(Writer writer) {
    return PROVIDER.createWriter(writer);
  }

  public static JsonWriterFactory createWriterFactory(Map<String, ?> config) {
    return PROVIDER.createWriterFactory(config);
  }
}
