package io.scimtool;

import io.scimtool.bulk.BulkResource;
import io.scimtool.discovery.MeResource;
import io.scimtool.discovery.ResourceTypesResource;
import io.scimtool.discovery.SchemasResource;
import io.scimtool.discovery.ServiceProviderConfigResource;
import io.scimtool.groups.GroupResource;
import io.scimtool.scim.errors.ScimExceptionMapper;
import io.scimtool.scim.errors.UnexpectedExceptionMapper;
import io.scimtool.scim.errors.WebApplicationExceptionMapper;
import io.scimtool.search.RootSearchResource;
import io.scimtool.users.UserResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** RFC 7644 §3: the SCIM service root, {@code /scim/v2}. */
@ApplicationPath("scim/v2")
public class ScimRestApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        UserResource.class,
        GroupResource.class,
        RootSearchResource.class,
        BulkResource.class,
        MeResource.class,
        ServiceProviderConfigResource.class,
        SchemasResource.class,
        ResourceTypesResource.class,
        StorageAvailabilityFilter.class,
        RequestSizeLimitFilter.class,
        ScimExceptionMapper.class,
        io.scimtool.requestlog.ResponseBodyCapture.class,
        TextBodyWriter.class,
        WebApplicationExceptionMapper.class,
        UnexpectedExceptionMapper.class);
  }
}
