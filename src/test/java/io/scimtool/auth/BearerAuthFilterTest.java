package io.scimtool.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerAuthFilterTest {
  @ParameterizedTest
  @CsvSource({"Bearer abc, abc", "bearer abc, abc", "BEARER  abc , abc"})
  void readsTheTokenWhateverTheSchemeCase(String header, String token) {
    assertEquals(token, BearerAuthFilter.bearerToken(header));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic YWxpY2U6c2VjcmV0", "abc"})
  void findsNoTokenInAnythingElse(String header) {
    assertNull(BearerAuthFilter.bearerToken(header));
  }
}
