package io.scimtool.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import jakarta.json.Json;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GroupMapperTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.000Z");
  private static final URI BASE = URI.create("https://x/scim/v2/");

  private static GroupEntity entity(String displayName, String externalId) {
    GroupEntity entity = new GroupEntity();
    entity.setId("g1");
    entity.setCreated(NOW);
    var document = Json.createObjectBuilder().add("displayName", displayName);
    if (externalId != null) {
      document.add("externalId", externalId);
    }
    GroupMapper.fill(entity, document.build(), NOW);
    return entity;
  }

  /** The text written around the stored document and member rows is the tree's JSON. */
  @ParameterizedTest
  @MethodSource("groups")
  void textRepresentationIsTheTreeRepresentation(
      GroupEntity entity, List<GroupRepository.Member> members) {
    assertEquals(
        ScimJson.write(GroupMapper.toScim(entity, members, BASE)),
        GroupMapper.text(entity, members, BASE.toString()));
  }

  static Stream<Arguments> groups() {
    List<GroupRepository.Member> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      many.add(new GroupRepository.Member("u" + i, i % 7 == 0 ? "Group" : "User", "Name " + i));
    }
    return Stream.of(
        Arguments.of(entity("Finance", null), null),
        Arguments.of(entity("Finance", "ext-1"), List.of()),
        Arguments.of(
            entity("Fin\"ance \\ \u0007", "e\"x"),
            List.of(
                new GroupRepository.Member("u1", "User", "Alice \"Al\""),
                new GroupRepository.Member("u2", "User", null),
                new GroupRepository.Member("g2", "Group", "Nested"))),
        Arguments.of(entity("Big", null), many));
  }

  @Test
  void displayNameIsRequired() {
    assertThrows(ScimException.class, () -> entity(" ", null));
  }
}
