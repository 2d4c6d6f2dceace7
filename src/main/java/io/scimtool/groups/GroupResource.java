package io.scimtool.groups;

import io.scimtool.discovery.ProtocolConfig;
import io.scimtool.scim.resource.ResourceEndpoint;
import io.scimtool.scim.resource.ResourceService;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** RFC 7644 §3: the {@code /Groups} endpoint. */
@Path("Groups")
@ApplicationScoped
public class GroupResource extends ResourceEndpoint<GroupService.GroupView> {
  @Inject GroupService groups;
  @Inject ProtocolConfig config;

  @Override
  protected ScimResourceType type() {
    return ScimResourceType.GROUP;
  }

  @Override
  protected ResourceService<GroupService.GroupView> service() {
    return groups;
  }

  @Override
  protected int maxResults() {
    return config.filterMaxResults();
  }
}
