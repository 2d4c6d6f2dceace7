package io.scimtool.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks the access tokens of the token endpoint: JWTs in the RFC 9068 profile ({@code
 * typ: at+jwt}), signed with HS256. A token is accepted only with a valid HS256 signature by our
 * key (no {@code alg: none}, no other algorithm), the expected {@code typ}, {@code iss} and {@code
 * aud}, and an {@code exp} not passed (60 s clock skew).
 */
public final class AccessTokens {
  static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
  static final String CLIENT_ID = "client_id";

  /** Longer than any token we issue; longer input is refused before parsing. */
  private static final int MAX_TOKEN_LENGTH = 4096;

  private final MACSigner signer;
  private final ConfigurableJWTProcessor<SecurityContext> processor;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;
  private final Clock clock;

  public AccessTokens(byte[] key, String issuer, String audience, Duration lifetime, Clock clock) {
    if (key.length < SigningKey.MIN_BYTES) {
      throw new IllegalArgumentException("the signing key must be at least 256 bits");
    }
    try {
      this.signer = new MACSigner(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable signing key", e);
    }
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
    this.clock = clock;
    DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
    jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
    jwt.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(key)));
    jwt.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "iat", "exp", "jti", CLIENT_ID)));
    this.processor = jwt;
  }

  /** A token issued to a client, and its lifetime in seconds (RFC 6749 §5.1 {@code expires_in}). */
  public record Issued(String token, long expiresIn) {
    @Override
    public String toString() {
      return "Issued[token=[redacted], expiresIn=" + expiresIn + "]";
    }
  }

  public Issued issue(String clientId) {
    Instant now = clock.instant();
    // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat, jti.
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(clientId)
            .claim(CLIENT_ID, clientId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing the access token failed", e);
    }
    return new Issued(jwt.serialize(), lifetime.toSeconds());
  }

  /** The client a valid token was issued to; empty for anything else. */
  public Optional<String> verify(String token) {
    if (token == null
        || token.length() > MAX_TOKEN_LENGTH
        || token.chars().filter(c -> c == '.').count() != 2) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(processor.process(token, null).getStringClaim(CLIENT_ID));
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
