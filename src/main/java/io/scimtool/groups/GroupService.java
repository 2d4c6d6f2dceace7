package io.scimtool.groups;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.Preconditions;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.SearchRequest;
import io.scimtool.scim.filter.FilterEvaluator;
import io.scimtool.scim.patch.DelegatedOperation;
import io.scimtool.scim.patch.PatchEngine;
import io.scimtool.scim.patch.PatchRequest;
import io.scimtool.scim.patch.PatchResult;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.resource.ResourcePage;
import io.scimtool.scim.resource.ResourceService;
import io.scimtool.scim.resource.ResourceView;
import io.scimtool.scim.schema.ResourceNormalizer;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.storage.Constraints;
import io.scimtool.storage.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Group operations; each public method is one transaction. Members are rows of their own: a PATCH
 * that adds or removes one member writes one row, however large the group.
 */
@ApplicationScoped
@Transactional
public class GroupService implements ResourceService<GroupService.GroupView> {
  private static final String MEMBERS = "members";

  @Inject GroupRepository repository;

  /** A group; {@code members} is null when the response does not need them (not loaded). */
  public record GroupView(GroupEntity entity, List<GroupRepository.Member> members)
      implements ResourceView {
    @Override
    public String id() {
      return entity.getId();
    }

    @Override
    public String etag() {
      return entity.etag();
    }

    @Override
    public JsonObject toScim(URI base) {
      return GroupMapper.toScim(entity, members, base);
    }
  }

  @Override
  public GroupView create(JsonObject body, AttributeProjection projection) {
    Instant now = now();
    JsonObject document = ResourceNormalizer.normalize(ScimResourceType.GROUP, body);
    GroupEntity group = new GroupEntity();
    group.setId(UUID.randomUUID().toString());
    group.setCreated(now);
    GroupMapper.fill(group, withoutMembers(document), now);
    try {
      repository.insert(group);
    } catch (PersistenceException e) {
      throw conflictOr(e, group);
    }
    repository.addMembers(
        group.getId(), existingMembers(MemberChanges.ids(document.get(MEMBERS))), now);
    return view(group, projection.includes(MEMBERS));
  }

  /**
   * {@code GET /Groups/{id}?excludedAttributes=members} (sent by Entra on every lookup) never
   * touches the membership table.
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupView get(String id, AttributeProjection projection) {
    return view(find(id), projection.includes(MEMBERS));
  }

  /** RFC 7644 §3.5.1: PUT replaces attributes and the whole member set. */
  @Override
  public GroupView replace(
      String id, JsonObject body, String ifMatch, AttributeProjection projection) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    JsonObject document = ResourceNormalizer.normalize(ScimResourceType.GROUP, body);
    Instant now = now();
    GroupMapper.fill(group, withoutMembers(document), now);
    flush(group);
    repository.removeAllMembers(id);
    repository.addMembers(id, existingMembers(MemberChanges.ids(document.get(MEMBERS))), now);
    return view(group, projection.includes(MEMBERS));
  }

  /** RFC 7644 §3.5.2; member operations go to the membership table one row at a time. */
  @Override
  public GroupView patch(
      String id, JsonObject body, String ifMatch, AttributeProjection projection) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    JsonObject current = GroupMapper.document(group);
    PatchResult result =
        PatchEngine.apply(
            ScimResourceType.GROUP, current, PatchRequest.parse(body), Set.of(MEMBERS));
    Instant now = now();
    boolean changed = !result.resource().equals(current);
    for (DelegatedOperation operation : result.delegated()) {
      changed |= applyMemberOperation(id, operation, now);
    }
    if (changed) {
      GroupMapper.fill(group, result.resource(), now);
      flush(group);
    }
    return view(group, projection.includes(MEMBERS));
  }

  @Override
  public void delete(String id, String ifMatch) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    repository.delete(group);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ResourcePage<GroupView> search(SearchRequest request, AttributeProjection projection) {
    SqlRunner.Page<GroupEntity> page = repository.search(request);
    boolean withMembers = projection.includes(MEMBERS);
    Map<String, List<GroupRepository.Member>> members =
        withMembers
            ? repository.membersOf(page.rows().stream().map(GroupEntity::getId).toList())
            : Map.of();
    return new ResourcePage<>(
        page.totalResults(),
        page.rows().stream()
            .map(
                g ->
                    new GroupView(
                        g, withMembers ? members.getOrDefault(g.getId(), List.of()) : null))
            .toList());
  }

  /** Returns whether the member set changed. */
  private boolean applyMemberOperation(String groupId, DelegatedOperation operation, Instant now) {
    switch (operation.op()) {
      case ADD:
        return addMembers(groupId, operation.value(), now);
      case REPLACE:
        if (operation.valueFilter() == null) {
          int removed = repository.removeAllMembers(groupId);
          return addMembers(groupId, operation.value(), now) || removed > 0;
        }
        return removeMatching(groupId, operation) | addMembers(groupId, operation.value(), now);
      case REMOVE:
        if (operation.valueFilter() != null) {
          return removeMatching(groupId, operation);
        }
        if (operation.value() == null
            || operation.value().getValueType() == JsonValue.ValueType.NULL) {
          // RFC 7644 §3.5.2.2: remove with path "members" and no value removes them all.
          return repository.removeAllMembers(groupId) > 0;
        }
        // Azure AD style: {"op":"Remove","path":"members","value":[{"value":"id"}]}.
        return repository.removeMembers(groupId, MemberChanges.ids(operation.value())) > 0;
      default:
        throw new IllegalStateException(operation.op().name());
    }
  }

  private boolean addMembers(String groupId, JsonValue value, Instant now) {
    Map<String, String> members = existingMembers(MemberChanges.ids(value));
    if (members.isEmpty()) {
      return false;
    }
    repository.addMembers(groupId, members, now);
    return true;
  }

  /** {@code members[value eq "id"]}: removing someone who is not a member changes nothing. */
  private boolean removeMatching(String groupId, DelegatedOperation operation) {
    Set<String> ids =
        MemberChanges.idsOf(operation.valueFilter())
            .orElseGet(() -> matchingMemberIds(groupId, operation));
    return repository.removeMembers(groupId, ids) > 0;
  }

  private Set<String> matchingMemberIds(String groupId, DelegatedOperation operation) {
    var definition = ScimResourceType.GROUP.schema().attribute(MEMBERS).orElseThrow();
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (GroupRepository.Member member :
        repository.membersOf(List.of(groupId)).getOrDefault(groupId, List.of())) {
      var element =
          Jsons.createObjectBuilder().add("value", member.id()).add("type", member.type());
      if (member.display() != null) {
        element.add("display", member.display());
      }
      if (FilterEvaluator.matches(operation.valueFilter(), element.build(), definition)) {
        ids.add(member.id());
      }
    }
    return ids;
  }

  /** Member ids resolved to their types; an id naming no user or group is invalidValue. */
  private Map<String, String> existingMembers(Set<String> ids) {
    Map<String, String> types = repository.resourceTypes(ids);
    Map<String, String> members = new LinkedHashMap<>();
    for (String id : ids) {
      String type = types.get(id);
      if (type == null) {
        throw ScimErrors.invalidValue("Member '" + id + "' is not an existing User or Group");
      }
      members.put(id, type);
    }
    return members;
  }

  private GroupView view(GroupEntity group, boolean withMembers) {
    return new GroupView(
        group,
        withMembers
            ? repository.membersOf(List.of(group.getId())).getOrDefault(group.getId(), List.of())
            : null);
  }

  private void flush(GroupEntity group) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw conflictOr(e, group);
    }
  }

  private GroupEntity find(String id) {
    return repository.findById(id).orElseThrow(() -> ScimErrors.notFound("Group", id));
  }

  private GroupEntity findForWrite(String id) {
    return repository.findForWrite(id).orElseThrow(() -> ScimErrors.notFound("Group", id));
  }

  private static JsonObject withoutMembers(JsonObject document) {
    return Jsons.createObjectBuilder(document).remove(MEMBERS).build();
  }

  private static RuntimeException conflictOr(PersistenceException e, GroupEntity group) {
    if (Constraints.isUniqueViolation(e)) {
      return ScimErrors.uniqueness("displayName '" + group.getDisplayName() + "' is already taken");
    }
    return e;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
