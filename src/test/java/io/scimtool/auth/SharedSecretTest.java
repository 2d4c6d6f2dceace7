package io.scimtool.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedSecretTest {
  private static SharedSecret configured(String value) {
    SharedSecret secret = new SharedSecret();
    secret.configured = Optional.ofNullable(value);
    secret.init();
    return secret;
  }

  @Test
  void acceptsOnlyTheConfiguredSecret() {
    SharedSecret secret = configured("s3cret-value");
    assertFalse(secret.isGenerated());
    assertTrue(secret.matches("s3cret-value"));
    assertFalse(secret.matches("s3cret-valu"));
    assertFalse(secret.matches("s3cret-value2"));
    assertFalse(secret.matches(""));
    assertFalse(secret.matches(null));
  }

  @Test
  void generatesADifferentSecretWhenNoneIsConfigured() {
    SharedSecret first = configured(null);
    SharedSecret second = configured("   ");
    assertTrue(first.isGenerated());
    assertTrue(second.isGenerated());
    assertFalse(first.matches(""));
    assertFalse(first.matches("null"));
  }
}
