package io.scimtool.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer secret SCIM clients present ({@code SCIM_SHARED_SECRET}). When none is configured a
 * strong random one is generated for this process and announced once in the log, so a local run
 * works without set-up but never with a guessable default.
 */
@ApplicationScoped
public class SharedSecret {
  private static final Logger LOG = Logger.getLogger(SharedSecret.class.getName());
  private static final int GENERATED_BYTES = 32;

  @Inject
  @ConfigProperty(name = "scim.shared.secret")
  Optional<String> configured;

  private byte[] digest;
  private boolean generated;

  @PostConstruct
  void init() {
    String secret = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (secret == null) {
      byte[] random = new byte[GENERATED_BYTES];
      new SecureRandom().nextBytes(random);
      secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      generated = true;
      LOG.warning(
          "SCIM_SHARED_SECRET is not set. Generated a random bearer secret for this process only;"
              + " it changes on every restart. Set SCIM_SHARED_SECRET for a stable secret."
              + " Generated secret: "
              + secret);
    }
    digest = sha256(secret);
  }

  /** True when the secret was generated because none was configured. */
  public boolean isGenerated() {
    return generated;
  }

  /**
   * Compares in constant time: both sides are hashed first, so neither the content nor the length
   * of the secret leaks through timing.
   */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented));
  }

  public static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
