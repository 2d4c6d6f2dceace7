package io.scimtool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
  private static final byte[] KEY = bytes(1);
  private static final String ISSUER = "scimtool";
  private static final String AUDIENCE = "scimtool-scim";

  private static byte[] bytes(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) 42;
    return key;
  }

  private static AccessTokens tokens(byte[] key, String issuer, String audience, Clock clock) {
    return new AccessTokens(key, issuer, audience, Duration.ofMinutes(10), clock);
  }

  private static AccessTokens tokens() {
    return tokens(KEY, ISSUER, AUDIENCE, Clock.systemUTC());
  }

  @Test
  void anIssuedTokenIsAcceptedForItsClient() {
    AccessTokens.Issued issued = tokens().issue("client-a");
    assertEquals(600, issued.expiresIn());
    assertEquals(Optional.of("client-a"), tokens().verify(issued.token()));
    assertFalse(issued.toString().contains(issued.token()), "toString never shows the token");
  }

  @Test
  void anExpiredTokenIsRefused() {
    Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
    String token = tokens(KEY, ISSUER, AUDIENCE, twoHoursAgo).issue("client-a").token();
    assertTrue(tokens().verify(token).isEmpty());
  }

  @Test
  void anotherIssuerOrAudienceIsRefused() {
    Clock now = Clock.systemUTC();
    assertTrue(
        tokens().verify(tokens(KEY, "someone-else", AUDIENCE, now).issue("c").token()).isEmpty());
    assertTrue(
        tokens().verify(tokens(KEY, ISSUER, "another-api", now).issue("c").token()).isEmpty());
  }

  @Test
  void anotherKeysSignatureIsRefused() {
    String token = tokens(bytes(2), ISSUER, AUDIENCE, Clock.systemUTC()).issue("c").token();
    assertTrue(tokens().verify(token).isEmpty());
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    SignedJWT jwt = SignedJWT.parse(tokens().issue("client-a").token());
    JWTClaimsSet changed =
        new JWTClaimsSet.Builder(jwt.getJWTClaimsSet())
            .subject("admin")
            .claim("client_id", "x")
            .build();
    String forged =
        jwt.getHeader().toBase64URL()
            + "."
            + Base64URL.encode(changed.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + jwt.getSignature();
    assertTrue(tokens().verify(forged).isEmpty());
    String token = jwt.serialize();
    char last = token.charAt(token.length() - 2);
    String flipped =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    assertTrue(tokens().verify(flipped).isEmpty());
  }

  @Test
  void algNoneIsRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(tokens().issue("client-a").token()).getJWTClaimsSet();
    assertTrue(tokens().verify(new PlainJWT(claims).serialize()).isEmpty());
    // The same claims under a header claiming "none" with the original signature kept.
    String signed = tokens().issue("client-a").token();
    String noneHeader =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8))
            .toString();
    assertTrue(tokens().verify(noneHeader + signed.substring(signed.indexOf('.'))).isEmpty());
  }

  @Test
  void anotherAlgorithmOrTypeWithOurKeyIsRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(tokens().issue("client-a").token()).getJWTClaimsSet();
    byte[] longKey = new byte[64];
    System.arraycopy(KEY, 0, longKey, 0, 32);
    SignedJWT hs512 =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS512).type(AccessTokens.TYPE).build(), claims);
    hs512.sign(new MACSigner(longKey));
    assertTrue(tokens().verify(hs512.serialize()).isEmpty());

    SignedJWT plainJwtType =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    plainJwtType.sign(new MACSigner(KEY));
    assertTrue(tokens().verify(plainJwtType.serialize()).isEmpty(), "typ must be at+jwt");
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(
                SignedJWT.parse(tokens().issue("client-a").token()).getJWTClaimsSet())
            .expirationTime(null)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(AccessTokens.TYPE).build(), claims);
    jwt.sign(new MACSigner(KEY));
    assertTrue(tokens().verify(jwt.serialize()).isEmpty());
    assertTrue(claims.getIssueTime().before(new Date(System.currentTimeMillis() + 1000)));
  }

  @Test
  void garbageIsRefused() {
    assertTrue(tokens().verify(null).isEmpty());
    assertTrue(tokens().verify("").isEmpty());
    assertTrue(tokens().verify("a.b.c").isEmpty());
    assertTrue(tokens().verify("not-a-jwt").isEmpty());
    assertTrue(tokens().verify("x".repeat(5000) + ".a.b").isEmpty());
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> tokens(new byte[31], ISSUER, AUDIENCE, Clock.systemUTC()));
  }
}
