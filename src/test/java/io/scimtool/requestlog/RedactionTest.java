package io.scimtool.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"userName\":\"a\",\"password\":\"S3cret!\"}|{\"userName\":\"a\",\"password\":\"[redacted]\"}",
        "{\"Password\" : \"with \\\"quote\\\" inside\"}|{\"Password\" : \"[redacted]\"}",
        "{\"client_secret\":\"x\",\"access_token\":\"y\"}|{\"client_secret\":\"[redacted]\",\"access_token\":\"[redacted]\"}",
        "{\"password\":\"unterminated|{\"password\":\"[redacted]\"",
        "grant_type=client_credentials&client_secret=abc&client_id=app|grant_type=client_credentials&client_secret=[redacted]&client_id=app",
        "{\"userName\":\"password\"}|{\"userName\":\"password\"}",
        // OAuth token requests (RFC 6749 §4.4.2) and responses (§5.1)
        "client_secret=a%26b%3D&grant_type=client_credentials|client_secret=[redacted]&grant_type=client_credentials",
        "grant_type=client_credentials&client_id=app&CLIENT_SECRET=x+y|grant_type=client_credentials&client_id=app&CLIENT_SECRET=[redacted]",
        "grant_type=client_credentials&client%5Fsecret=abc|grant_type=client_credentials&client%5Fsecret=[redacted]",
        "client_id=app&client_secret=&scope=scim|client_id=app&client_secret=[redacted]&scope=scim",
        "{\"access_token\":\"eyJh.eyJz.c2ln\",\"token_type\":\"Bearer\",\"expires_in\":3600}|{\"access_token\":\"[redacted]\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
        // a name spelt only in percent escapes is still a secret name once decoded
        "grant_type=client_credentials&%74oken=abc|grant_type=client_credentials&%74oken=[redacted]",
        "{\"PASSWORD\":\"x\",\"emails\":[{\"value\":\"a=b@x\"}]}|{\"PASSWORD\":\"[redacted]\",\"emails\":[{\"value\":\"a=b@x\"}]}",
      })
  void secretValuesInBodiesAreMasked(String body, String expected) {
    assertEquals(expected, Redaction.body(body));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"userName\":\"alice\",\"emails\":[{\"value\":\"a@x\"}]}|false",
        "filter=userName eq \"bob\"|false",
        "{\"Password\":\"x\"}|true",
        "{\"client_SECRET\":\"x\"}|true",
        "{\"id_token\":\"x\"}|true",
        "a%3Db|false",
        "%74oken=x|true",
        "passwor|false",
        "{\"Refresh_Token\":\"x\"}|true",
        "{\"title\":\"a token ring\"}|false",
        "{\"cert\":\"YWJj==\",\"title\":\"a token\"}|true",
      })
  void onlyTextThatCanHoldASecretIsScanned(String text, boolean mayHoldSecret) {
    assertEquals(mayHoldSecret, Redaction.mayHoldSecret(text));
  }

  @Test
  void bodiesWithoutSecretsAreKeptAsTheyAre() {
    String body = "{\"userName\":\"alice\",\"title\":\"a=b&c=d\"}";
    assertEquals(body, Redaction.body(body));
  }

  @Test
  void credentialHeadersAreMaskedOthersKept() {
    assertEquals(Redaction.MASK, Redaction.header("Authorization", "Bearer abc"));
    assertEquals(Redaction.MASK, Redaction.header("cookie", "JSESSIONID=1"));
    assertEquals(Redaction.MASK, Redaction.header("Set-Cookie", "x=1"));
    assertEquals(
        "application/scim+json", Redaction.header("Content-Type", "application/scim+json"));
  }

  @Test
  void secretQueryParametersAreMasked() {
    String query = Redaction.query("filter=userName%20eq%20%22a%22&access_token=abc");
    assertTrue(query.contains("access_token=[redacted]"));
    assertFalse(query.contains("abc"));
    assertEquals(null, Redaction.query(null));
    assertEquals("client_secret=[redacted]", Redaction.query("client_secret=abc"));
    assertEquals("a=%zz&token=[redacted]", Redaction.query("a=%zz&token=abc"));
  }
}
