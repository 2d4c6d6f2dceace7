package io.scimtool.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminSecretTest {
  private static SharedSecret scim(String secret) {
    SharedSecret shared = new SharedSecret();
    shared.configured = Optional.of(secret);
    shared.init();
    return shared;
  }

  private static AdminSecret admin(Optional<String> secret, SharedSecret shared) {
    AdminSecret admin = new AdminSecret();
    admin.configured = secret;
    admin.sharedSecret = shared;
    admin.init();
    return admin;
  }

  @Test
  void aSeparateAdminSecretIsTheOnlyOneAccepted() {
    AdminSecret admin = admin(Optional.of("admin-s3cret"), scim("scim-s3cret"));
    assertTrue(admin.isSeparate());
    assertTrue(admin.matches("admin-s3cret"));
    assertFalse(admin.matches("scim-s3cret"), "SCIM clients' secret does not open /api");
    assertFalse(admin.matches(null));
  }

  @Test
  void withoutAnAdminSecretTheScimSecretOpensTheAdminApi() {
    AdminSecret admin = admin(Optional.of("  "), scim("scim-s3cret"));
    assertFalse(admin.isSeparate());
    assertTrue(admin.matches("scim-s3cret"));
    assertFalse(admin.matches("other"));
  }
}
