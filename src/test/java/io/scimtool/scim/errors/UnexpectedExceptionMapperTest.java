package io.scimtool.scim.errors;

import static io.scimtool.scim.errors.MappedResponses.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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

  @Test
  void aConnectionThatDidNotComeFreeInTimeIs503WithRetryAfter() {
    Response response =
        new UnexpectedExceptionMapper()
            .toResponse(
                new IllegalStateException(
                    new SQLTransientConnectionException("J2CA0045E: Connection not available")));
    assertEquals(503, response.getStatus());
    assertEquals("1", response.getHeaderString("Retry-After"));
    String raw = (String) response.getEntity();
    assertFalse(raw.contains("J2CA0045E"), raw);
    assertEquals("503", body(response).getString("status"));
  }

  @Test
  void otherDatabaseFailuresStay500() {
    Response response =
        new UnexpectedExceptionMapper()
            .toResponse(new IllegalStateException(new SQLException("disk I/O error")));
    assertEquals(500, response.getStatus());
    assertNull(response.getHeaderString("Retry-After"));
  }
}
