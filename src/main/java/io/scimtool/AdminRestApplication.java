package io.scimtool;

import io.scimtool.activity.ActivityResource;
import io.scimtool.admin.DatabaseBrowserResource;
import io.scimtool.admin.DatabaseStatisticsResource;
import io.scimtool.admin.ProvisioningResource;
import io.scimtool.admin.VersionResource;
import io.scimtool.requestlog.LogsResource;
import io.scimtool.scim.errors.ScimExceptionMapper;
import io.scimtool.scim.errors.UnexpectedExceptionMapper;
import io.scimtool.scim.errors.WebApplicationExceptionMapper;
import io.scimtool.storage.backup.BackupResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The admin and operations API, {@code /api}. */
@ApplicationPath("api")
public class AdminRestApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        VersionResource.class,
        BackupResource.class,
        LogsResource.class,
        ActivityResource.class,
        DatabaseBrowserResource.class,
        ProvisioningResource.class,
        DatabaseStatisticsResource.class,
        ScimExceptionMapper.class,
        WebApplicationExceptionMapper.class,
        UnexpectedExceptionMapper.class);
  }
}
