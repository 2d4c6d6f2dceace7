package io.scimtool.oauth;

import static io.scimtool.auth.SharedSecret.sha256;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * OAuth client credentials for SCIM clients: one configured client ({@code OAUTH_CLIENT_ID}, {@code
 * OAUTH_CLIENT_SECRET}). Without both, OAuth is off: the token endpoint refuses every client and
 * {@code /scim/v2} accepts no access token. A signing key that cannot be read keeps it off too
 * (fail closed) and says why in the log, without the key.
 */
@ApplicationScoped
public class OAuthService {
  private static final Logger LOG = Logger.getLogger(OAuthService.class.getName());

  @Inject OAuthSettings settings;

  private String clientId;
  private byte[] clientIdDigest;
  private byte[] secretDigest;
  private AccessTokens tokens;

  @PostConstruct
  void init() {
    Optional<String> id = settings.clientId();
    Optional<String> secret = settings.clientSecret();
    if (id.isEmpty() || secret.isEmpty()) {
      if (id.isPresent() || secret.isPresent()) {
        LOG.warning(
            "OAuth is off: set both OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET to enable /oauth/token");
      }
      return;
    }
    byte[] key;
    try {
      key = signingKey();
    } catch (IOException | IllegalArgumentException e) {
      LOG.severe("OAuth is off: no usable signing key: " + e.getMessage());
      return;
    }
    clientId = id.get();
    clientIdDigest = sha256(clientId);
    secretDigest = sha256(secret.get());
    tokens =
        new AccessTokens(
            key, settings.issuer(), settings.audience(), settings.lifetime(), Clock.systemUTC());
    LOG.info(
        "OAuth client credentials enabled at /oauth/token for client "
            + clientId
            + " (token lifetime "
            + settings.lifetime().toSeconds()
            + " s)");
  }

  private byte[] signingKey() throws IOException {
    Optional<String> configured = settings.signingKey();
    if (configured.isPresent()) {
      return SigningKey.decode(configured.get());
    }
    Path file = settings.keyFile();
    boolean existed = Files.exists(file);
    byte[] key = SigningKey.loadOrCreate(file);
    LOG.info(
        (existed ? "OAuth signing key read from " : "OAuth signing key generated into ")
            + file
            + " (OAUTH_SIGNING_KEY is not set)");
    return key;
  }

  public boolean enabled() {
    return tokens != null;
  }

  /** Both values compared in constant time (digests first, so lengths do not leak either). */
  boolean authenticates(ClientCredentials credentials) {
    if (!enabled()) {
      return false;
    }
    boolean id = MessageDigest.isEqual(clientIdDigest, sha256(credentials.id()));
    boolean secret = MessageDigest.isEqual(secretDigest, sha256(credentials.secret()));
    return id & secret;
  }

  AccessTokens.Issued issue() {
    return tokens.issue(clientId);
  }

  /** True for a valid access token issued to the configured client. */
  public boolean accepts(String token) {
    return enabled() && tokens.verify(token).filter(clientId::equals).isPresent();
  }
}
