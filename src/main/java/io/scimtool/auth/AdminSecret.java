package io.scimtool.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer secret of the admin API ({@code ADMIN_SECRET}). When it is set, only it opens {@code
 * /api} and SCIM clients' secret does not; when it is unset, the SCIM secret is accepted there too
 * (a single-secret set-up for local runs).
 */
@ApplicationScoped
public class AdminSecret {
  @Inject
  @ConfigProperty(name = "admin.secret")
  Optional<String> configured;

  @Inject SharedSecret sharedSecret;

  private byte[] digest;

  @PostConstruct
  void init() {
    digest =
        configured
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(SharedSecret::sha256)
            .orElse(null);
  }

  /** True when a separate admin secret is configured. */
  public boolean isSeparate() {
    return digest != null;
  }

  /** Constant-time comparison, as for the SCIM secret. */
  public boolean matches(String presented) {
    if (digest == null) {
      return sharedSecret.matches(presented);
    }
    return presented != null && MessageDigest.isEqual(digest, SharedSecret.sha256(presented));
  }
}
