package io.scimtool.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment's key settings, read from the committed Bicep, parameters and scripts (the Bicep
 * CLI is not available from this build's registries, so this checks structure and settings, not
 * Azure's schema): the init container and the app share the EmptyDir, the share is mounted at
 * /app/data, exactly one replica, probes, the grace period, and secrets only by reference.
 */
class InfrastructureTemplateTest {
  private static final Path INFRA = Path.of("infra");

  private static String read(String file) throws IOException {
    return Files.readString(INFRA.resolve(file));
  }

  /**
   * A Bicep block: the bracketed text that follows {@code key:} (or {@code marker} ending in =).
   */
  private static String block(String text, String key) {
    int at = text.indexOf(key.endsWith("=") ? key : key + ":");
    assertTrue(at >= 0, "no " + key + " block");
    int open = text.indexOf('[', at);
    int brace = text.indexOf('{', at);
    int start = open >= 0 && (brace < 0 || open < brace) ? open : brace;
    return text.substring(start, matching(text, start) + 1);
  }

  private static int matching(String text, int start) {
    Deque<Character> stack = new ArrayDeque<>();
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' && (i == 0 || text.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString) {
        continue;
      }
      if (c == '{' || c == '[' || c == '(') {
        stack.push(c);
      } else if (c == '}' || c == ']' || c == ')') {
        char open = stack.pop();
        assertEquals("{[(".indexOf(open), "}])".indexOf(c), "unbalanced at " + i);
        if (stack.isEmpty()) {
          return i;
        }
      }
    }
    throw new AssertionError("unbalanced from " + start);
  }

  private static String withoutComments(String bicep) {
    return bicep.replaceAll("(?m)(^|\\s)//.*$", "$1"); // not the // of https://
  }

  @Test
  void bracketsBalanceAndEveryReferencedNameIsDeclared() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    assertEquals(bicep.length() + 1, matching("{" + bicep + "}", 0));
    Set<String> declared = new LinkedHashSet<>();
    Matcher declaration =
        Pattern.compile("(?m)^(?:param|var|resource|output)\\s+(\\w+)").matcher(bicep);
    while (declaration.find()) {
      declared.add(declaration.group(1));
    }
    for (String used :
        List.of(
            "storage",
            "share",
            "environment",
            "environmentStorage",
            "logs",
            "image",
            "scimSharedSecret",
            "adminSecret",
            "terminationGracePeriodSeconds",
            "volumeMounts",
            "storageEnv")) {
      assertTrue(declared.contains(used), used + " is used but not declared");
    }
  }

  @Test
  void initContainerAndAppShareTheLocalDiskAndTheShare() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    String volumes = block(bicep, "      volumes");
    assertTrue(volumes.contains("name: localDataVolume, storageType: 'EmptyDir'"), volumes);
    assertTrue(
        volumes.contains("storageType: 'AzureFile', storageName: environmentStorage.name"),
        volumes);
    String mounts = block(bicep, "var volumeMounts =");
    assertTrue(
        mounts.contains("volumeName: localDataVolume, mountPath: '/app/local-data'"), mounts);
    assertTrue(mounts.contains("volumeName: backupVolume, mountPath: '/app/data'"), mounts);
    String init = block(bicep, "initContainers");
    assertTrue(init.contains("command: [ '/opt/scimtool/bin/restore' ]"), init);
    assertTrue(
        init.contains("volumeMounts: volumeMounts"), "the init container mounts the same volumes");
    String containers = block(bicep, "      containers");
    assertTrue(
        containers.contains("volumeMounts: volumeMounts"), "the app mounts the same volumes");
    assertTrue(bicep.contains("{ name: 'DATABASE_URL', value: 'file:/app/local-data/scim.db' }"));
    assertTrue(bicep.contains("{ name: 'BACKUP_DIR', value: '/app/data' }"));
  }

  @Test
  void oneReplicaProbesGracePeriodAndSoftDelete() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    String scale = block(bicep, "scale");
    assertTrue(scale.contains("minReplicas: 1") && scale.contains("maxReplicas: 1"), scale);
    String probes = block(bicep, "probes");
    assertTrue(probes.contains("type: 'Startup'") && probes.contains("path: '/health/started'"));
    assertTrue(probes.contains("type: 'Readiness'") && probes.contains("path: '/health/ready'"));
    assertTrue(probes.contains("type: 'Liveness'") && probes.contains("path: '/health/live'"));
    assertTrue(bicep.contains("terminationGracePeriodSeconds: terminationGracePeriodSeconds"));
    Matcher grace =
        Pattern.compile("param terminationGracePeriodSeconds int = (\\d+)").matcher(bicep);
    assertTrue(grace.find());
    assertTrue(Integer.parseInt(grace.group(1)) >= 90, "quiesce 30 s + final backup 30 s + margin");
    assertTrue(block(bicep, "shareDeleteRetentionPolicy").contains("enabled: true"));
    assertTrue(block(bicep, "ingress").contains("allowInsecure: false"));
  }

  @Test
  void secretsAreSecureParametersPassedOnlyByReference() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    for (String param :
        List.of(
            "scimSharedSecret",
            "adminSecret",
            "registryPassword",
            "adminCenterPassword",
            "oauthClientSecret",
            "oauthSigningKey")) {
      assertTrue(
          Pattern.compile(
                  "@secure\\(\\)\\s*(?:@description\\('[^']*'\\)\\s*)?param " + param + " string")
              .matcher(bicep)
              .find(),
          param + " must be @secure()");
    }
    String containers = block(bicep, "      containers");
    assertTrue(
        containers.contains("{ name: 'SCIM_SHARED_SECRET', secretRef: 'scim-shared-secret' }"));
    assertTrue(containers.contains("{ name: 'ADMIN_SECRET', secretRef: 'admin-secret' }"));
    assertFalse(
        containers.contains("scimSharedSecret") || containers.contains("adminSecret"),
        "no secret value in the container's plain environment");
    assertFalse(
        bicep.contains("output") && bicep.matches("(?s).*output \\w+ string = [^\\n]*[sS]ecret.*"),
        "no secret in outputs");
  }

  @Test
  void adminCenterIsOffByDefaultAndItsPasswordASecretReference() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    assertTrue(bicep.contains("param adminCenterEnabled bool = false"));
    String env = block(bicep, "var adminCenterEnv =");
    assertTrue(env.contains("{ name: 'ADMIN_CENTER_ENABLED', value: 'true' }"), env);
    assertTrue(
        env.contains("{ name: 'ADMIN_CENTER_PASSWORD', secretRef: 'admin-center-password' }"), env);
    assertTrue(
        bicep.contains("var adminCenterEnv = adminCenterEnabled") && env.endsWith("]"),
        "the variables exist only when enabled");
    assertTrue(bicep.substring(bicep.indexOf(env) + env.length()).strip().startsWith(": []"));
    assertTrue(
        bicep.contains(
            "adminCenterEnabled ? [ { name: 'admin-center-password', value: adminCenterPassword"
                + " } ] : []"));
    String containers = block(bicep, "      containers");
    assertTrue(containers.contains("], adminCenterEnv, oauthEnv)"), "the app container gets them");
    assertFalse(containers.contains("adminCenterPassword"), "never as a plain value");
    assertFalse(block(bicep, "initContainers").contains("adminCenter"), "not the restore");
    // Admin Center goes through the app's ingress, which must answer plain HTTP itself (Liberty
    // takes any request with X-Forwarded-Proto as secure when Admin Center is on).
    assertTrue(block(bicep, "ingress").contains("allowInsecure: false"));
    assertTrue(bicep.contains("output adminCenterUrl string = adminCenterEnabled ?"));
  }

  @Test
  void oauthIsOffUnlessAClientIsNamedAndItsSecretsAreReferences() throws IOException {
    String bicep = withoutComments(read("main.bicep"));
    assertTrue(bicep.contains("param oauthClientId string = ''"));
    assertTrue(bicep.contains("var oauthEnabled = !empty(oauthClientId)"));
    String env = block(bicep, "var oauthEnv =");
    assertTrue(env.contains("{ name: 'OAUTH_CLIENT_SECRET', secretRef: 'oauth-client-secret' }"));
    assertTrue(env.contains("{ name: 'OAUTH_SIGNING_KEY', secretRef: 'oauth-signing-key' }"));
    String containers = block(bicep, "      containers");
    assertTrue(containers.contains("adminCenterEnv, oauthEnv)"), "the app container gets them");
    assertFalse(containers.contains("oauthClientSecret") || containers.contains("oauthSigningKey"));
  }

  @Test
  void powerShellDeployScriptMatchesTheBashOne() throws IOException {
    String bash = read("deploy.sh");
    String pwsh = read("deploy.ps1");
    assertTrue(pwsh.contains("--template-file $template"));
    assertTrue(pwsh.contains("\"@$PSScriptRoot/main.parameters.json\""));
    for (String name :
        List.of(
            "image",
            "namePrefix",
            "scimSharedSecret",
            "adminSecret",
            "registryServer",
            "registryUsername",
            "registryPassword",
            "adminCenterEnabled",
            "adminCenterUser",
            "adminCenterPassword",
            "oauthClientId",
            "oauthClientSecret",
            "oauthSigningKey")) {
      assertTrue(bash.contains("\"" + name + "\""), "deploy.sh sets " + name);
      assertTrue(
          Pattern.compile("(?m)^\\s+" + name + "\\s+= @\\{ value = ").matcher(pwsh).find(),
          "deploy.ps1 sets " + name);
    }
    for (String variable :
        List.of(
            "SCIM_SHARED_SECRET",
            "ADMIN_SECRET",
            "REGISTRY_SERVER",
            "REGISTRY_USERNAME",
            "REGISTRY_PASSWORD",
            "NAME_PREFIX",
            "ADMIN_CENTER_ENABLED",
            "ADMIN_CENTER_USER",
            "ADMIN_CENTER_PASSWORD",
            "OAUTH_CLIENT_ID",
            "OAUTH_CLIENT_SECRET",
            "OAUTH_SIGNING_KEY")) {
      assertTrue(bash.contains(variable), "deploy.sh reads " + variable);
      assertTrue(
          pwsh.contains("$env:" + variable) || pwsh.contains("Get-Setting '" + variable + "'"),
          "deploy.ps1 reads " + variable);
    }
    assertTrue(pwsh.contains("$deployed.scimBaseUrl.value"));
    assertTrue(pwsh.contains("$deployed.adminCenterUrl.value"));
    assertTrue(pwsh.contains("az group create") && pwsh.contains("az deployment group create"));
    assertFalse(
        pwsh.contains("--parameters scimSharedSecret="), "secrets never on the command line");
  }

  @Test
  void parametersFileAndDeployScriptReferenceTheTemplate() throws IOException {
    String bicep = read("main.bicep");
    JsonObject parameters =
        Json.createReader(new StringReader(read("main.parameters.json")))
            .readObject()
            .getJsonObject("parameters");
    for (String name : parameters.keySet()) {
      assertTrue(bicep.contains("param " + name + " "), name + " is not a parameter of main.bicep");
    }
    assertFalse(
        parameters.containsKey("scimSharedSecret"), "secrets never sit in the committed file");
    String deploy = read("deploy.sh");
    assertTrue(deploy.contains("--template-file \"$HERE/main.bicep\""));
    assertTrue(deploy.contains("--parameters \"@$HERE/main.parameters.json\""));
    for (String name : List.of("image", "scimSharedSecret", "adminSecret")) {
      assertTrue(deploy.contains("\"" + name + "\""), "deploy.sh sets " + name);
    }
    assertTrue(deploy.contains("scimBaseUrl"));
    assertTrue(bicep.contains("output scimBaseUrl string"));
  }

  @Test
  void dockerfileProvidesWhatTheTemplateRuns() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(
        dockerfile.contains(
            "COPY --chown=1001:0 --chmod=0755 src/main/docker/restore /opt/scimtool/bin/restore"));
    assertTrue(dockerfile.contains("DATABASE_URL=file:/app/local-data/scim.db"));
    assertTrue(dockerfile.contains("BACKUP_DIR=/app/data"));
    assertTrue(dockerfile.contains("USER 1001"));
    assertTrue(
        Pattern.compile(
                "FROM icr\\.io/appcafe/open-liberty:\\d+\\.\\d+\\.\\d+\\.\\d+-kernel-slim-java1[7]")
            .matcher(dockerfile)
            .find(),
        "a pinned kernel-slim tag on Java 17");
    assertTrue(dockerfile.contains("&& features.sh") && dockerfile.contains("RUN configure.sh"));
    for (String label : List.of("version", "revision", "source")) {
      assertTrue(dockerfile.contains("org.opencontainers.image." + label), label);
    }
    assertTrue(Files.isExecutable(Path.of("src/main/docker/restore")));
  }
}
