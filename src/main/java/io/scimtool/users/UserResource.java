package io.scimtool.users;

import io.scimtool.discovery.ProtocolConfig;
import io.scimtool.scim.resource.ResourceEndpoint;
import io.scimtool.scim.resource.ResourceService;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** RFC 7644 §3: the {@code /Users} endpoint. */
@Path("Users")
@ApplicationScoped
public class UserResource extends ResourceEndpoint<UserService.UserView> {
  @Inject UserService users;
  @Inject ProtocolConfig config;

  @Override
  protected ScimResourceType type() {
    return ScimResourceType.USER;
  }

  @Override
  protected ResourceService<UserService.UserView> service() {
    return users;
  }

  @Override
  protected int maxResults() {
    return config.filterMaxResults();
  }
}
