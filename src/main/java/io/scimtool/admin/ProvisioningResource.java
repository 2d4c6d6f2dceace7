package io.scimtool.admin;

import io.scimtool.activity.ActivityContext;
import io.scimtool.activity.ActivityRecorder;
import io.scimtool.activity.ActivityType;
import io.scimtool.activity.RequestActivity;
import io.scimtool.groups.GroupService;
import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.resource.ResourceView;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/provisioning}: create users and groups by hand, through the same services as SCIM, so
 * a collision (an existing userName, or externalId when {@code SCIM_UNIQUE_EXTERNAL_ID} is on)
 * answers 409 {@code uniqueness} exactly as SCIM would. Useful to reproduce what an identity
 * provider will meet.
 */
@Path("provisioning")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningResource {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject UserService users;
  @Inject GroupService groups;
  @Inject ActivityRecorder activity;

  /** The console's user form; only userName is required. */
  public record ManualUser(
      String userName,
      String externalId,
      String displayName,
      String givenName,
      String familyName,
      String email,
      String phone,
      String department,
      Boolean active) {}

  /** The console's group form: a name and member ids (users or groups). */
  public record ManualGroup(String displayName, String externalId, List<String> members) {}

  @POST
  @Path("users")
  @Operation(summary = "Create a user as SCIM POST /Users would; answers the SCIM resource")
  public Response createUser(@Context HttpServletRequest request, @Context UriInfo uri) {
    ManualUser form = parse(request, ManualUser.class);
    JsonObject body = userDocument(form);
    return created(
        ActivityType.USER,
        "Create user " + form.userName(),
        () -> users.create(body, AttributeProjection.parse(ScimResourceType.USER, null, null)),
        uri);
  }

  @POST
  @Path("groups")
  @Operation(summary = "Create a group as SCIM POST /Groups would; answers the SCIM resource")
  public Response createGroup(@Context HttpServletRequest request, @Context UriInfo uri) {
    ManualGroup form = parse(request, ManualGroup.class);
    JsonObject body = groupDocument(form);
    return created(
        ActivityType.GROUP,
        "Create group " + form.displayName(),
        () -> groups.create(body, AttributeProjection.parse(ScimResourceType.GROUP, null, null)),
        uri);
  }

  /**
   * Creates through the service; a refusal (409 uniqueness, 400 invalidValue …) is answered as the
   * SCIM error and, like a failed SCIM call, recorded in the activity feed.
   */
  private Response created(
      ActivityType type, String operation, Supplier<? extends ResourceView> create, UriInfo uri) {
    return ActivityContext.run(
        null,
        ActivityContext.ADMIN,
        () -> {
          try {
            ResourceView view = create.get();
            return Response.status(Response.Status.CREATED)
                .entity(view.toScim(DatabaseBrowserResource.scimBase(uri)))
                .build();
          } catch (ScimException e) {
            activity.record(
                RequestActivity.failure(
                    type,
                    operation,
                    e.status(),
                    e.scimType().map(ScimType::wireName).orElse(null),
                    e.detail(),
                    null));
            throw e;
          }
        });
  }

  /**
   * The form as JSON; anything else is a SCIM 400 invalidSyntax, never a 500. Read from the servlet
   * request: an entity parameter (String, InputStream, record) of an application/json request is
   * bound by Liberty's JSON-B provider first, whose failures surface as 500s.
   */
  private static <T> T parse(HttpServletRequest request, Class<T> form) {
    try {
      String json = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      T parsed = json.isBlank() ? null : JSONB.fromJson(json, form);
      if (parsed != null) {
        return parsed;
      }
    } catch (JsonbException | IOException e) {
      // answered below
    }
    throw ScimErrors.invalidSyntax(
        "The body must be a JSON object with the form's fields, e.g. {\"userName\": \"alice\"}");
  }

  static JsonObject userDocument(ManualUser form) {
    JsonArrayBuilder schemas = Jsons.createArrayBuilder().add(ScimSchemas.USER);
    JsonObjectBuilder user = Jsons.createObjectBuilder();
    put(user, "userName", form.userName());
    put(user, "externalId", form.externalId());
    put(user, "displayName", form.displayName());
    if (present(form.givenName()) || present(form.familyName())) {
      JsonObjectBuilder name = Jsons.createObjectBuilder();
      put(name, "givenName", form.givenName());
      put(name, "familyName", form.familyName());
      user.add("name", name);
    }
    if (present(form.email())) {
      user.add(
          "emails",
          Jsons.createArrayBuilder()
              .add(
                  Jsons.createObjectBuilder()
                      .add("value", form.email().strip())
                      .add("type", "work")
                      .add("primary", true)));
    }
    if (present(form.phone())) {
      user.add(
          "phoneNumbers",
          Jsons.createArrayBuilder()
              .add(
                  Jsons.createObjectBuilder()
                      .add("value", form.phone().strip())
                      .add("type", "work")));
    }
    if (present(form.department())) {
      schemas.add(ScimSchemas.ENTERPRISE_USER);
      user.add(
          ScimSchemas.ENTERPRISE_USER,
          Jsons.createObjectBuilder().add("department", form.department().strip()));
    }
    user.add("active", form.active() == null || form.active());
    return user.add("schemas", schemas).build();
  }

  static JsonObject groupDocument(ManualGroup form) {
    JsonObjectBuilder group =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.GROUP));
    put(group, "displayName", form.displayName());
    put(group, "externalId", form.externalId());
    if (form.members() != null && !form.members().isEmpty()) {
      JsonArrayBuilder members = Jsons.createArrayBuilder();
      for (String id : form.members()) {
        if (present(id)) {
          members.add(Jsons.createObjectBuilder().add("value", id.strip()));
        }
      }
      group.add("members", members);
    }
    return group.build();
  }

  private static void put(JsonObjectBuilder object, String name, String value) {
    if (present(value)) {
      object.add(name, value.strip());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
