import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a running server through its SCIM API, the way an identity provider fills it: users with
 * realistic attributes and the enterprise extension, then groups with members. Writes the created
 * ids to user-ids.txt and group-ids.txt for the load scripts.
 *
 * <p>usage: java bench/Seeder.java BASE_URL TOKEN USERS GROUPS MEMBERS_PER_GROUP OUT_DIR
 */
public class Seeder {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final String[] DEPARTMENTS = {"Finance", "Sales", "Engineering", "Support", "Legal", "HR"};
  private static final String[] GIVEN = {"Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi"};
  private static final String[] FAMILY = {"Smith", "Jones", "O'Malley", "Garcia", "Chen", "Müller", "Nakamura"};

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int users = Integer.parseInt(args[2]);
    int groups = Integer.parseInt(args[3]);
    int membersPerGroup = Integer.parseInt(args[4]);
    Path out = Path.of(args[5]);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);

    long started = System.nanoTime();
    String[] userIds = new String[users];
    run(pool, users, i -> userIds[i] = create(client, base + "/Users", token, userBody(i)));
    Files.write(out.resolve("user-ids.txt"), List.of(userIds));
    long usersDone = System.nanoTime();

    String[] groupIds = new String[groups];
    Random random = new Random(42);
    int[][] members = new int[groups][membersPerGroup];
    for (int g = 0; g < groups; g++) {
      for (int m = 0; m < membersPerGroup; m++) {
        members[g][m] = random.nextInt(users);
      }
    }
    run(pool, groups, g -> groupIds[g] = create(client, base + "/Groups", token, groupBody(g, members[g], userIds)));
    Files.write(out.resolve("group-ids.txt"), List.of(groupIds));
    pool.shutdown();
    System.out.printf("seeded %d users in %.1f s, %d groups (%d members each) in %.1f s%n",
        users, (usersDone - started) / 1e9, groups, membersPerGroup, (System.nanoTime() - usersDone) / 1e9);
  }

  interface Task {
    void run(int index) throws Exception;
  }

  private static void run(ExecutorService pool, int count, Task task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          task.run(i);
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
  }

  private static String create(HttpClient client, String url, String token, String body) throws Exception {
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/scim+json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    Matcher matcher = ID.matcher(response.body());
    if (!matcher.find()) {
      throw new IllegalStateException("no id in " + response.body());
    }
    return matcher.group(1);
  }

  static String userBody(int i) {
    String given = GIVEN[i % GIVEN.length];
    String family = FAMILY[i % FAMILY.length].replace("'", "\\u0027");
    String userName = "bench-user-" + i + "@example.com";
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
        + "\"userName\":\"" + userName + "\",\"externalId\":\"ext-" + i + "\",\"active\":true,"
        + "\"displayName\":\"" + given + " " + family + " " + i + "\","
        + "\"name\":{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"formatted\":\"" + given + " " + family + "\"},"
        + "\"title\":\"Engineer " + (i % 7) + "\",\"userType\":\"Employee\",\"preferredLanguage\":\"en-US\",\"locale\":\"en-US\",\"timezone\":\"Europe/Amsterdam\","
        + "\"emails\":[{\"value\":\"" + userName + "\",\"type\":\"work\",\"primary\":true},{\"value\":\"home" + i + "@example.org\",\"type\":\"home\"}],"
        + "\"phoneNumbers\":[{\"value\":\"+31 20 555 " + (1000 + i % 9000) + "\",\"type\":\"work\"}],"
        + "\"addresses\":[{\"type\":\"work\",\"streetAddress\":\"" + i + " Main St\",\"locality\":\"Amsterdam\",\"postalCode\":\"1000 AA\",\"country\":\"NL\"}],"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\"" + i + "\","
        + "\"department\":\"" + DEPARTMENTS[i % DEPARTMENTS.length] + "\",\"costCenter\":\"CC" + (i % 50) + "\","
        + "\"organization\":\"Contoso\",\"division\":\"EMEA\"}}";
  }

  static String groupBody(int g, int[] members, String[] userIds) {
    StringBuilder body = new StringBuilder("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
        + "\"displayName\":\"bench-group-" + g + "\",\"externalId\":\"gext-" + g + "\",\"members\":[");
    for (int m = 0; m < members.length; m++) {
      body.append(m == 0 ? "" : ",").append("{\"value\":\"").append(userIds[members[m]]).append("\"}");
    }
    return body.append("]}").toString();
  }
}
