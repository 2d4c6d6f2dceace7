package io.scimtool.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Version facts about this build and the runtime it runs on. */
public record BuildInfo(
    String name, String version, String commit, String buildTime, String java, String liberty) {

  public static BuildInfo current() {
    Properties build =
        load(BuildInfo.class.getResourceAsStream("/META-INF/scimtool-build.properties"));
    return new BuildInfo(
        "SCIMTool for Jakarta EE",
        build.getProperty("version", "unknown"),
        resolved(build.getProperty("commit")),
        build.getProperty("buildTime", "unknown"),
        System.getProperty("java.runtime.version", System.getProperty("java.version")),
        libertyVersion());
  }

  /** A build property Maven could not fill (built without git) stays "${...}": unknown. */
  private static String resolved(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  /** Liberty records its product version in lib/versions/openliberty.properties. */
  private static String libertyVersion() {
    String installDir = System.getProperty("wlp.install.dir");
    if (installDir == null) {
      return "unknown";
    }
    Path file = Path.of(installDir, "lib", "versions", "openliberty.properties");
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(in).getProperty("com.ibm.websphere.productVersion", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Properties load(InputStream in) {
    Properties properties = new Properties();
    if (in == null) {
      return properties;
    }
    try (in) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
