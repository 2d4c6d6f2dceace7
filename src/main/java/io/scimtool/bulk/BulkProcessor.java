package io.scimtool.bulk;

import io.scimtool.activity.ActivityRecorder;
import io.scimtool.activity.ActivityType;
import io.scimtool.activity.RequestActivity;
import io.scimtool.groups.GroupService;
import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.resource.ResourceService;
import io.scimtool.scim.resource.ResourceView;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the operations of a BulkRequest (RFC 7644 §3.7). Each operation is its own transaction (the
 * RFC does not make bulk atomic). An operation that refers to {@code bulkId:x} waits until the
 * operation creating {@code x} ran, whatever their order in the request (§3.7.2).
 */
@ApplicationScoped
public class BulkProcessor {
  static final String RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
  private static final Pattern REFERENCE = Pattern.compile("bulkId:([^\"/\\s]+)");

  @Inject UserService users;
  @Inject GroupService groups;
  @Inject ActivityRecorder activity;

  JsonObject process(BulkRequest request, URI base) {
    Map<String, String> createdIds = new HashMap<>();
    Set<String> declared = new java.util.HashSet<>();
    request.operations().stream().map(BulkRequest.Operation::bulkId).forEach(declared::add);
    Map<Integer, JsonObject> results = new TreeMap<>();
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < request.operations().size(); i++) {
      pending.add(i);
    }
    int errors = 0;
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Iterator<Integer> it = pending.iterator(); it.hasNext(); ) {
        int index = it.next();
        BulkRequest.Operation operation = request.operations().get(index);
        if (waitsForAnother(operation, createdIds, declared)) {
          continue;
        }
        it.remove();
        progress = true;
        JsonObject result = run(operation, createdIds, base);
        results.put(index, result);
        if (isError(result) && request.failOnErrors() > 0 && ++errors >= request.failOnErrors()) {
          // RFC 7644 §3.7.3: stop processing once failOnErrors errors occurred.
          return response(results);
        }
      }
    }
    for (int index : pending) {
      // A bulkId that is never created, or a cycle: RFC 7644 §3.7.3 answers 409.
      results.put(
          index,
          failure(
              request.operations().get(index),
              ScimErrors.ofStatus(
                  409, "The bulkId references of this operation cannot be resolved")));
    }
    return response(results);
  }

  private static boolean waitsForAnother(
      BulkRequest.Operation operation, Map<String, String> createdIds, Set<String> declared) {
    for (String reference : references(operation)) {
      if (!createdIds.containsKey(reference) && declared.contains(reference)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> references(BulkRequest.Operation operation) {
    List<String> references = new ArrayList<>();
    String text =
        (operation.path() == null ? "" : operation.path())
            + (operation.data() == null ? "" : ScimJson.write(wrap(operation.data())));
    Matcher matcher = REFERENCE.matcher(text);
    while (matcher.find()) {
      references.add(matcher.group(1));
    }
    return references;
  }

  private JsonObject run(
      BulkRequest.Operation operation, Map<String, String> createdIds, URI base) {
    try {
      String path = resolve(operation.path(), createdIds);
      if (operation.method() == null || path == null) {
        throw ScimErrors.invalidSyntax("Each bulk operation needs 'method' and 'path'");
      }
      String[] parts = path.replaceFirst("^/", "").split("/");
      ResourceService<? extends ResourceView> service = service(parts[0]);
      String endpoint = parts[0].substring(0, 1).toUpperCase() + parts[0].substring(1);
      ResourceView view;
      switch (operation.method()) {
        case "POST" -> {
          if (parts.length != 1) {
            throw ScimErrors.invalidPath("POST goes to /Users or /Groups");
          }
          if (operation.bulkId() == null) {
            throw ScimErrors.invalidValue("bulkId is required for POST (RFC 7644 §3.7)");
          }
          view = service.create(data(operation, createdIds), minimal(parts[0]));
          createdIds.put(operation.bulkId(), view.id());
          return success(operation, 201, base.resolve(endpoint + "/" + view.id()), view.etag());
        }
        case "PUT" ->
            view =
                service.replace(
                    id(parts), data(operation, createdIds), operation.version(), minimal(parts[0]));
        case "PATCH" ->
            view =
                service.patch(
                    id(parts), data(operation, createdIds), operation.version(), minimal(parts[0]));
        case "DELETE" -> {
          service.delete(id(parts), operation.version());
          return success(operation, 204, base.resolve(endpoint + "/" + id(parts)), null);
        }
        default ->
            throw ScimErrors.invalidValue("Unsupported bulk method '" + operation.method() + "'");
      }
      return success(operation, 200, base.resolve(endpoint + "/" + view.id()), view.etag());
    } catch (ScimException e) {
      return failed(operation, e);
    } catch (RuntimeException e) {
      ScimException cause = scimCause(e);
      if (cause == null) {
        throw e;
      }
      return failed(operation, cause);
    }
  }

  private ResourceService<? extends ResourceView> service(String endpoint) {
    if (endpoint.equalsIgnoreCase("Users")) {
      return users;
    }
    if (endpoint.equalsIgnoreCase("Groups")) {
      return groups;
    }
    throw ScimErrors.invalidPath("Bulk supports /Users and /Groups, not /" + endpoint);
  }

  /** Bulk responses carry no resource bodies: load nothing beyond the row (no members). */
  private static AttributeProjection minimal(String endpoint) {
    ScimResourceType type =
        endpoint.equalsIgnoreCase("Groups") ? ScimResourceType.GROUP : ScimResourceType.USER;
    return AttributeProjection.parse(type, "id", null);
  }

  private static String id(String[] parts) {
    if (parts.length != 2 || parts[1].isBlank()) {
      throw ScimErrors.invalidPath("The path must name one resource, e.g. /Users/{id}");
    }
    return parts[1];
  }

  private static JsonObject data(BulkRequest.Operation operation, Map<String, String> createdIds) {
    if (!(operation.data() instanceof JsonObject)) {
      throw ScimErrors.invalidSyntax("This bulk operation needs a 'data' object");
    }
    return ScimJson.parseObject(resolve(ScimJson.write((JsonObject) operation.data()), createdIds));
  }

  private static String resolve(String text, Map<String, String> createdIds) {
    if (text == null) {
      return null;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String id = createdIds.get(matcher.group(1));
      if (id == null) {
        throw ScimErrors.invalidValue("Unknown bulkId '" + matcher.group(1) + "'");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(id));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static JsonObject success(
      BulkRequest.Operation operation, int status, URI location, String version) {
    JsonObjectBuilder result = start(operation).add("location", location.toString());
    if (version != null) {
      result.add("version", version);
    }
    return result.add("status", Integer.toString(status)).build();
  }

  /** A failed operation: its answer in the bulk response, and an event in the activity feed. */
  private JsonObject failed(BulkRequest.Operation operation, ScimException error) {
    String path = operation.path() == null ? "" : operation.path();
    ActivityType type =
        path.startsWith("/Groups")
            ? ActivityType.GROUP
            : path.startsWith("/Users") ? ActivityType.USER : ActivityType.SYSTEM;
    activity.record(
        RequestActivity.failure(
            type,
            "Bulk " + operation.method() + " " + path,
            error.status(),
            error.scimType().map(ScimType::wireName).orElse(null),
            error.detail(),
            operation.bulkId() == null ? null : "bulkId " + operation.bulkId()));
    return failure(operation, error);
  }

  private static JsonObject failure(BulkRequest.Operation operation, ScimException error) {
    return start(operation)
        .add("status", Integer.toString(error.status()))
        .add("response", ScimJson.errorBody(error))
        .build();
  }

  private static JsonObjectBuilder start(BulkRequest.Operation operation) {
    JsonObjectBuilder result =
        Jsons.createObjectBuilder()
            .add("method", operation.method() == null ? "" : operation.method());
    if (operation.bulkId() != null) {
      result.add("bulkId", operation.bulkId());
    }
    return result;
  }

  private static boolean isError(JsonObject result) {
    return result.getString("status").charAt(0) >= '4';
  }

  private static JsonObject response(Map<Integer, JsonObject> results) {
    JsonArrayBuilder operations = Jsons.createArrayBuilder();
    results.values().forEach(operations::add);
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(RESPONSE_SCHEMA))
        .add("Operations", operations)
        .build();
  }

  private static ScimException scimCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ScimException scim) {
        return scim;
      }
    }
    return null;
  }

  private static JsonStructure wrap(JsonValue value) {
    return value instanceof JsonStructure structure
        ? structure
        : Jsons.createArrayBuilder().add(value).build();
  }
}
