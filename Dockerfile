# syntax=docker/dockerfile:1
# SCIMTool for Jakarta EE: the container image.
#
# Build from a packaged project (the image does not run Maven):
#   mvn -B -DskipTests package
#   docker build -t scimtool:0.1.0 --build-arg VERSION=0.1.0 --build-arg REVISION=$(git rev-parse HEAD) .
#
# Layout: /config (Liberty's defaultServer: server.xml, jvm.options, admin-center/ for the optional
# Admin Center, the WAR in dropins),
# /opt/ol/wlp/usr/shared/resources/sqlite (the SQLite driver as a Liberty shared library),
# /opt/scimtool (the restore tool: `/opt/scimtool/bin/restore`, the init container's command),
# /app/local-data (the live database: local disk, an EmptyDir in Azure Container Apps) and
# /app/data (published backups: the Azure Files mount).
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG SOURCE=https://github.com/scimtool/scimtool-jakarta
LABEL org.opencontainers.image.title="SCIMTool for Jakarta EE" \
      org.opencontainers.image.description="SCIM 2.0 provisioning server and monitor on Open Liberty" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}"

# Server configuration first, then features.sh installs exactly the features server.xml lists.
# The optional Admin Center (admin-center/true.xml, included only when ADMIN_CENTER_ENABLED=true at
# run time) needs features too: features.sh cannot see an include whose location is a variable, so
# for this step only the file is copied into configDropins/overrides, then removed. Installed is
# not loaded: with the option off the server starts exactly the features server.xml lists.
COPY --chown=1001:0 src/main/liberty/config/server.xml src/main/liberty/config/jvm.options /config/
COPY --chown=1001:0 src/main/liberty/config/admin-center/ /config/admin-center/
RUN mkdir -p /config/configDropins/overrides \
 && cp /config/admin-center/true.xml /config/configDropins/overrides/admin-center-features.xml \
 && features.sh \
 && rm /config/configDropins/overrides/admin-center-features.xml

# The SQLite driver: a server-level shared library (server.xml's "global" library).
COPY --chown=1001:0 target/restore/lib/sqlite-jdbc.jar /opt/ol/wlp/usr/shared/resources/sqlite/sqlite-jdbc.jar

# The restore tool and its entry point.
COPY --chown=1001:0 target/restore/ /opt/scimtool/restore/
COPY --chown=1001:0 --chmod=0755 src/main/docker/restore /opt/scimtool/bin/restore

# The application.
COPY --chown=1001:0 target/scimtool.war /config/dropins/scimtool.war

# Data directories, writable by the runtime user (1001, group 0 as OpenShift-style images expect).
USER root
RUN mkdir -p /app/local-data /app/data \
 && chown -R 1001:0 /app \
 && chmod -R g=u /app
USER 1001

# MALLOC_ARENA_MAX as in server.env (see there): the image does not copy that file.
ENV DATABASE_URL=file:/app/local-data/scim.db \
    BACKUP_DIR=/app/data \
    HTTP_PORT=9080 \
    MALLOC_ARENA_MAX=2 \
    SCIMTOOL_HOME=/opt/scimtool \
    PATH=/opt/scimtool/bin:$PATH

# 9443 only answers with ADMIN_CENTER_ENABLED=true and ADMIN_CENTER_KEYSTORE_PASSWORD set.
EXPOSE 9080 9443

# Pre-warms the server (class cache) at build time, as the Open Liberty images recommend.
RUN configure.sh

# The base image's entrypoint and `server run defaultServer` stay as they are: SIGTERM stops
# Liberty gracefully, and the final backup runs while it stops (allow a 90 s grace period).
