package io.scimtool.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The optional Liberty Admin Center as configured: off unless ADMIN_CENTER_ENABLED=true (nothing
 * else is included or loaded), and when on, its credentials only from the environment.
 */
class AdminCenterConfigTest {
  private static final Path CONFIG = Path.of("src/main/liberty/config");

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<String> features(Document document) {
    return elements(document, "feature").stream().map(e -> e.getTextContent().strip()).toList();
  }

  private static Map<String, String> variableDefaults(Document document) {
    Map<String, String> defaults = new TreeMap<>();
    for (Element variable : elements(document, "variable")) {
      defaults.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
    }
    return defaults;
  }

  @Test
  void offByDefaultAndNothingOfItInTheMainConfiguration() throws Exception {
    Document server = parse(CONFIG.resolve("server.xml"));
    assertEquals("false", variableDefaults(server).get("ADMIN_CENTER_ENABLED"));
    List<Element> includes = elements(server, "include");
    assertEquals(1, includes.size());
    Element include = includes.get(0);
    assertEquals("true", include.getAttribute("optional"), "a missing file is skipped");
    assertEquals(
        "${server.config.dir}/admin-center/${ADMIN_CENTER_ENABLED}.xml",
        include.getAttribute("location"));
    try (var files = Files.list(CONFIG.resolve("admin-center"))) {
      assertEquals(
          List.of("true.xml"),
          files.map(f -> f.getFileName().toString()).toList(),
          "only the value true names an existing file");
    }
    for (String feature : features(server)) {
      assertFalse(
          feature.startsWith("adminCenter")
              || feature.startsWith("restConnector")
              || feature.startsWith("appSecurity")
              || feature.startsWith("transportSecurity"),
          feature + " is loaded only with the option on");
    }
    assertTrue(
        elements(server, "httpEndpoint").get(0).getAttribute("httpsPort").equals("-1"),
        "no HTTPS port by default");
  }

  @Test
  void enabledConfigurationTakesItsSecretsFromTheEnvironment() throws Exception {
    Document adminCenter = parse(CONFIG.resolve("admin-center/true.xml"));
    assertTrue(
        features(adminCenter)
            .containsAll(List.of("adminCenter-1.0", "monitor-1.0", "transportSecurity-1.0")),
        features(adminCenter).toString());

    Element registry = elements(adminCenter, "quickStartSecurity").get(0);
    assertEquals("${ADMIN_CENTER_USER}", registry.getAttribute("userName"));
    assertEquals("${ADMIN_CENTER_PASSWORD}", registry.getAttribute("userPassword"));
    Element keyStore = elements(adminCenter, "keyStore").get(0);
    assertEquals("defaultKeyStore", keyStore.getAttribute("id"));
    assertEquals("${ADMIN_CENTER_KEYSTORE_PASSWORD}", keyStore.getAttribute("password"));

    Map<String, String> defaults = variableDefaults(adminCenter);
    assertEquals("admin", defaults.get("ADMIN_CENTER_USER"));
    assertEquals("", defaults.get("ADMIN_CENTER_PASSWORD"), "no password unless one is given");
    assertEquals("", defaults.get("ADMIN_CENTER_KEYSTORE_PASSWORD"), "no keystore unless asked");
    assertEquals("9443", defaults.get("ADMIN_CENTER_HTTPS_PORT"));

    Element endpoint = elements(adminCenter, "httpEndpoint").get(0);
    assertEquals("defaultHttpEndpoint", endpoint.getAttribute("id"), "merged into server.xml's");
    assertEquals("${ADMIN_CENTER_HTTPS_PORT}", endpoint.getAttribute("httpsPort"));
    assertEquals(
        "X-Forwarded-Proto",
        elements(adminCenter, "webContainer").get(0).getAttribute("httpsIndicatorHeader"));
  }

  @Test
  void theImageInstallsTheFeaturesButDoesNotEnableThem() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(
        dockerfile.contains(
            "COPY --chown=1001:0 src/main/liberty/config/admin-center/ /config/admin-center/"));
    assertTrue(
        dockerfile.contains(
            "cp /config/admin-center/true.xml"
                + " /config/configDropins/overrides/admin-center-features.xml"));
    int install = dockerfile.indexOf("&& features.sh");
    int remove =
        dockerfile.indexOf("&& rm /config/configDropins/overrides/admin-center-features.xml");
    assertTrue(install > 0 && remove > install, "the build-only copy goes after features.sh");
    assertTrue(
        dockerfile
            .lines()
            .filter(line -> !line.startsWith("#"))
            .noneMatch(line -> line.contains("ADMIN_CENTER_")),
        "never switched on (nor configured) in the image");
  }
}
