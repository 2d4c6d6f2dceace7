package io.scimtool.scim.errors;

import static io.scimtool.scim.errors.MappedResponses.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {
  @Test
  void answers500WithoutLeakingInternals() {
    Response response =
        new UnexpectedExceptionMapper()
            .toResponse(new IllegalStateException("secret table scim_user is corrupt"));
    assertEquals(500, response.getStatus());
    String raw = (String) response.getEntity();
    assertFalse(raw.contains("IllegalStateException"), raw);
    assertFalse(raw.contains("scim_user"), raw);
    assertFalse(raw.contains("at io.scimtool"), raw);
    assertEquals("500", body(response).getString("status"));
    assertTrue(body(response).getString("detail").contains("incident"));
  }
}
