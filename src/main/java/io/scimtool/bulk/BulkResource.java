package io.scimtool.bulk;

import io.scimtool.discovery.ProtocolConfig;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimMediaType;
import io.scimtool.scim.ScimResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** RFC 7644 §3.7: {@code POST /Bulk}. */
@Path("Bulk")
@RequestScoped
public class BulkResource {
  @Inject BulkProcessor processor;
  @Inject ProtocolConfig config;
  @Context UriInfo uriInfo;

  @POST
  @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response bulk(String body) {
    BulkRequest request = BulkRequest.parse(ScimJson.parseObject(body), config.bulkMaxOperations());
    return ScimResponses.ok(processor.process(request, uriInfo.getBaseUri()));
  }
}
