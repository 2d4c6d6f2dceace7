package io.scimtool.oauth;

import io.scimtool.storage.DatabaseLocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OAuth client credentials configuration ({@code OAUTH_CLIENT_ID}, {@code OAUTH_ISSUER} …). */
@ApplicationScoped
public class OAuthSettings {
  static final String KEY_FILE_NAME = "oauth-signing.key";
  private static final long MIN_LIFETIME_SECONDS = 60;
  private static final long MAX_LIFETIME_SECONDS = 86_400;

  @Inject
  @ConfigProperty(name = "oauth.client.id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "oauth.client.secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "oauth.token.lifetime.seconds", defaultValue = "3600")
  long lifetimeSeconds;

  @Inject
  @ConfigProperty(name = "oauth.issuer", defaultValue = "scimtool")
  String issuer;

  @Inject
  @ConfigProperty(name = "oauth.audience", defaultValue = "scimtool-scim")
  String audience;

  @Inject
  @ConfigProperty(name = "oauth.signing.key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  Optional<String> databaseUrl;

  public Optional<String> clientId() {
    return nonBlank(clientId);
  }

  public Optional<String> clientSecret() {
    return nonBlank(clientSecret);
  }

  /** Short-lived by design: clamped to 1 minute … 1 day. */
  public Duration lifetime() {
    return Duration.ofSeconds(
        Math.max(MIN_LIFETIME_SECONDS, Math.min(MAX_LIFETIME_SECONDS, lifetimeSeconds)));
  }

  public String issuer() {
    return issuer.strip();
  }

  public String audience() {
    return audience.strip();
  }

  /** The configured key (base64); never logged. */
  public Optional<String> signingKey() {
    return nonBlank(signingKey);
  }

  /** Where a generated key is kept: beside the database file. */
  public Path keyFile() {
    Path directory =
        databaseUrl
            .map(DatabaseLocation::parse)
            .flatMap(DatabaseLocation::directory)
            .orElse(Path.of("").toAbsolutePath());
    return directory.resolve(KEY_FILE_NAME);
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
