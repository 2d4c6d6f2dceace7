package io.scimtool.storage;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores instants as fixed-width UTC ISO-8601 text with milliseconds ({@code
 * 2026-01-02T03:04:05.678Z}), which sorts correctly as text on SQLite and PostgreSQL alike.
 * EclipseLink would otherwise serialise {@link Instant} as a Java object.
 */
@Converter(autoApply = true)
public class InstantTextConverter implements AttributeConverter<Instant, String> {
  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Override
  public String convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : text(instant);
  }

  /** The stored text form of a timestamp, for statements written without JPA. */
  public static String text(Instant instant) {
    return FORMAT.format(instant);
  }

  @Override
  public Instant convertToEntityAttribute(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
