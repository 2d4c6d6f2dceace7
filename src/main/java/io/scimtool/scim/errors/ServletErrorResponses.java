package io.scimtool.scim.errors;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimMediaType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A SCIM error written by a servlet filter, before JAX-RS and its exception mappers run. */
public final class ServletErrorResponses {
  private ServletErrorResponses() {}

  public static void write(HttpServletResponse response, ScimException error) throws IOException {
    response.setStatus(error.status());
    response.setContentType(ScimMediaType.SCIM_JSON_UTF8);
    response
        .getOutputStream()
        .write(ScimJson.write(ScimJson.errorBody(error)).getBytes(StandardCharsets.UTF_8));
  }
}
