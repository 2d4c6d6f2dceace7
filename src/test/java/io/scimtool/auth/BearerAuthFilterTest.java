package io.scimtool.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
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

  /** Only the normalised /scim/v2 paths take SCIM credentials (secret or OAuth token). */
  @ParameterizedTest
  @CsvSource({
    "/scim/v2, /Users, true",
    "/scim/v2, , true",
    "'', /scim/v2/Users, true",
    "/api, /version, false",
    "/api, , false",
    "'', /scim/v2x, false"
  })
  void scimCredentialsOnlyOnScimPaths(String servletPath, String pathInfo, boolean scim) {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getServletPath" -> servletPath;
                      case "getPathInfo" -> pathInfo;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    assertEquals(scim, BearerAuthFilter.isScim(request));
  }
}
