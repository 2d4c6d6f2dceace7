package io.scimtool.scim.errors;

import static io.scimtool.scim.errors.MappedResponses.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.scim.ScimErrors;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ScimExceptionMapperTest {
  @Test
  void answersWithTheErrorItCarries() {
    Response response = new ScimExceptionMapper().toResponse(ScimErrors.uniqueness("taken"));
    assertEquals(409, response.getStatus());
    assertEquals("application/scim+json;charset=UTF-8", response.getMediaType().toString());
    assertEquals("uniqueness", body(response).getString("scimType"));
    assertEquals("409", body(response).getString("status"));
  }
}
