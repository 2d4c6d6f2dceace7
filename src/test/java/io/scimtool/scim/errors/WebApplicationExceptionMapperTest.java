package io.scimtool.scim.errors;

import static io.scimtool.scim.errors.MappedResponses.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebApplicationExceptionMapperTest {
  static Stream<WebApplicationException> runtimeErrors() {
    return Stream.of(
        new NotFoundException("RESTEASY003210: Could not find resource for full path"),
        new NotAllowedException("GET"),
        new NotSupportedException("text/plain"));
  }

  @ParameterizedTest
  @MethodSource("runtimeErrors")
  void keepsTheStatusAndHidesTheRuntimeMessage(WebApplicationException exception) {
    Response response = new WebApplicationExceptionMapper().toResponse(exception);
    int status = exception.getResponse().getStatus();
    assertEquals(status, response.getStatus());
    assertEquals(Integer.toString(status), body(response).getString("status"));
    assertEquals("application/scim+json;charset=UTF-8", response.getMediaType().toString());
    assertFalse(body(response).getString("detail").contains("RESTEASY"));
  }

  @org.junit.jupiter.api.Test
  void explainsUnsupportedMediaType() {
    Response response = new WebApplicationExceptionMapper().toResponse(new NotSupportedException());
    assertEquals(415, response.getStatus());
    assertEquals(
        "Unsupported Content-Type; send application/scim+json or application/json",
        body(response).getString("detail"));
  }
}
