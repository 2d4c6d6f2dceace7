package io.scimtool.groups;

import io.scimtool.activity.ActivityRecorder;
import io.scimtool.activity.GroupActivity;
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
import io.scimtool.storage.ResourceIds;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.TakesWriteLock;
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

/**
 * Group operations; each write is one transaction (reads take none, see {@link
 * io.scimtool.users.UserService}). Members are rows of their own: a PATCH that adds or removes one
 * member writes one row, however large the group.
 */
@ApplicationScoped
public class GroupService implements ResourceService<GroupService.GroupView> {
  private static final String MEMBERS = "members";

  @Inject GroupRepository repository;
  @Inject ActivityRecorder activity;
  @Inject SqlRunner sql;

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

    /** Also the text of {@code excludedAttributes=members}, as the members were not loaded. */
    @Override
    public String text(String base, AttributeProjection projection) {
      boolean asStored =
          projection.isIdentity() || (members == null && projection.excludesOnly(MEMBERS));
      String text = asStored ? GroupMapper.text(entity, members, base) : null;
      return text != null ? text : ResourceView.super.text(base, projection);
    }
  }

  @Override
  @Transactional
  @TakesWriteLock
  public GroupView create(JsonObject body, AttributeProjection projection) {
    Instant now = now();
    JsonObject document = ResourceNormalizer.normalize(ScimResourceType.GROUP, body);
    GroupEntity group = new GroupEntity();
    group.setId(ResourceIds.next());
    group.setCreated(now);
    GroupMapper.fill(group, withoutMembers(document), now);
    try {
      repository.insert(group);
    } catch (PersistenceException e) {
      throw conflictOr(e, group);
    }
    Map<String, GroupRepository.Target> members =
        existingMembers(MemberChanges.ids(document.get(MEMBERS)));
    repository.addMembers(group.getId(), members, now);
    activity.record(
        GroupActivity.created(
            group.getId(),
            group.getDisplayName(),
            members.values().stream().map(GroupRepository.Target::name).toList()));
    return view(group, projection.includes(MEMBERS));
  }

  /**
   * {@code GET /Groups/{id}?excludedAttributes=members} (sent by Entra on every lookup) never
   * touches the membership table.
   */
  @Override
  public GroupView get(String id, AttributeProjection projection) {
    return sql.reading(() -> view(find(id), projection.includes(MEMBERS)));
  }

  /** RFC 7644 §3.5.1: PUT replaces attributes and the whole member set. */
  @Override
  @Transactional
  @TakesWriteLock
  public GroupView replace(
      String id, JsonObject body, String ifMatch, AttributeProjection projection) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    JsonObject document = ResourceNormalizer.normalize(ScimResourceType.GROUP, body);
    Instant now = now();
    JsonObject before = GroupMapper.document(group);
    String name = group.getDisplayName();
    GroupMapper.fill(group, withoutMembers(document), now);
    flush(group);
    renamed(group, name);
    Map<String, GroupRepository.Target> members =
        existingMembers(MemberChanges.ids(document.get(MEMBERS)));
    MemberDelta delta = new MemberDelta();
    repository.membersAmong(id, null).forEach(m -> delta.removed(m.id(), m.display()));
    members.forEach((memberId, target) -> delta.added(memberId, target.name()));
    repository.removeAllMembers(id);
    repository.addMembers(id, members, now);
    record(group, before, delta);
    return view(group, projection.includes(MEMBERS));
  }

  /** RFC 7644 §3.5.2; member operations go to the membership table one row at a time. */
  @Override
  @Transactional
  @TakesWriteLock
  public GroupView patch(
      String id, JsonObject body, String ifMatch, AttributeProjection projection) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    JsonObject current = GroupMapper.document(group);
    PatchResult result =
        PatchEngine.applyToStored(
            ScimResourceType.GROUP, current, PatchRequest.parse(body), Set.of(MEMBERS));
    Instant now = now();
    boolean changed = !result.resource().equals(current);
    MemberDelta delta = new MemberDelta();
    for (DelegatedOperation operation : result.delegated()) {
      changed |= applyMemberOperation(id, operation, now, delta);
    }
    if (changed) {
      String name = group.getDisplayName();
      GroupMapper.fill(group, result.resource(), now);
      flush(group);
      renamed(group, name);
      record(group, current, delta);
    }
    return view(group, projection.includes(MEMBERS));
  }

  @Override
  @Transactional
  @TakesWriteLock
  public void delete(String id, String ifMatch) {
    GroupEntity group = findForWrite(id);
    Preconditions.checkIfMatch(ifMatch, group.etag());
    long members = repository.memberCount(id);
    repository.delete(group);
    activity.record(GroupActivity.deleted(id, group.getDisplayName(), (int) members));
  }

  @Override
  public ResourcePage<GroupView> search(SearchRequest request, AttributeProjection projection) {
    return sql.reading(() -> searchPage(request, projection));
  }

  private ResourcePage<GroupView> searchPage(
      SearchRequest request, AttributeProjection projection) {
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

  /** Returns whether the member set changed; what changed goes into {@code delta}. */
  private boolean applyMemberOperation(
      String groupId, DelegatedOperation operation, Instant now, MemberDelta delta) {
    switch (operation.op()) {
      case ADD:
        return addMembers(groupId, operation.value(), now, delta);
      case REPLACE:
        if (operation.valueFilter() == null) {
          boolean removed = removeMembers(groupId, null, delta);
          return addMembers(groupId, operation.value(), now, delta) || removed;
        }
        return removeMatching(groupId, operation, delta)
            | addMembers(groupId, operation.value(), now, delta);
      case REMOVE:
        if (operation.valueFilter() != null) {
          return removeMatching(groupId, operation, delta);
        }
        if (operation.value() == null
            || operation.value().getValueType() == JsonValue.ValueType.NULL) {
          // RFC 7644 §3.5.2.2: remove with path "members" and no value removes them all.
          return removeMembers(groupId, null, delta);
        }
        // Azure AD style: {"op":"Remove","path":"members","value":[{"value":"id"}]}.
        return removeMembers(groupId, MemberChanges.ids(operation.value()), delta);
      default:
        throw new IllegalStateException(operation.op().name());
    }
  }

  /** Adds the members not yet in the group; one row each, however large the group. */
  private boolean addMembers(String groupId, JsonValue value, Instant now, MemberDelta delta) {
    Map<String, GroupRepository.Target> members = existingMembers(MemberChanges.ids(value));
    if (members.isEmpty()) {
      return false;
    }
    Set<String> present = new java.util.HashSet<>();
    repository.membersAmong(groupId, members.keySet()).forEach(m -> present.add(m.id()));
    members.forEach(
        (memberId, target) -> {
          if (!present.contains(memberId)) {
            delta.added(memberId, target.name());
          }
        });
    repository.addMembers(groupId, members, now);
    return true;
  }

  /** Removes these members ({@code null}: all of them); absent ones change nothing. */
  private boolean removeMembers(String groupId, Set<String> ids, MemberDelta delta) {
    List<GroupRepository.Member> removed = repository.membersAmong(groupId, ids);
    if (removed.isEmpty()) {
      return false;
    }
    removed.forEach(m -> delta.removed(m.id(), m.display()));
    if (ids == null) {
      repository.removeAllMembers(groupId);
    } else {
      repository.removeMembers(groupId, ids);
    }
    return true;
  }

  /** {@code members[value eq "id"]}: removing someone who is not a member changes nothing. */
  private boolean removeMatching(String groupId, DelegatedOperation operation, MemberDelta delta) {
    Set<String> ids =
        MemberChanges.idsOf(operation.valueFilter())
            .orElseGet(() -> matchingMemberIds(groupId, operation));
    return removeMembers(groupId, ids, delta);
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

  /**
   * Member ids resolved to their types and names; an id naming no user or group is invalidValue.
   */
  private Map<String, GroupRepository.Target> existingMembers(Set<String> ids) {
    Map<String, GroupRepository.Target> targets = repository.targets(ids);
    Map<String, GroupRepository.Target> members = new LinkedHashMap<>();
    for (String id : ids) {
      GroupRepository.Target target = targets.get(id);
      if (target == null) {
        throw ScimErrors.invalidValue("Member '" + id + "' is not an existing User or Group");
      }
      members.put(id, target);
    }
    return members;
  }

  /** The events of one write: attribute changes (rename …), then members added and removed. */
  private void record(GroupEntity group, JsonObject before, MemberDelta delta) {
    String id = group.getId();
    String name = group.getDisplayName();
    activity.record(GroupActivity.updated(id, before, GroupMapper.document(group)));
    activity.record(GroupActivity.membersAdded(id, name, delta.addedNames()));
    activity.record(GroupActivity.membersRemoved(id, name, delta.removedNames()));
  }

  private GroupView view(GroupEntity group, boolean withMembers) {
    return new GroupView(
        group,
        withMembers
            ? repository.membersOf(List.of(group.getId())).getOrDefault(group.getId(), List.of())
            : null);
  }

  /** A group that is itself a member shows its new name in its parents' member lists. */
  private void renamed(GroupEntity group, String nameBefore) {
    if (!group.getDisplayName().equals(nameBefore)) {
      repository.renamed(group.getId(), group.getDisplayName());
    }
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
