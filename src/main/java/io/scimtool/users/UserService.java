package io.scimtool.users;

import io.scimtool.scim.ScimErrors;
import io.scimtool.storage.Constraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** User operations; each public method is one transaction. */
@ApplicationScoped
@Transactional
public class UserService {
  @Inject UserRepository repository;

  /**
   * RFC 7644 §3.3: creates the user with a server-assigned id; a client-supplied {@code id} or
   * {@code meta} is ignored. The database's unique index decides userName collisions, so concurrent
   * duplicates give exactly one winner.
   */
  public UserEntity create(JsonObject input) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    UserEntity user = UserMapper.newEntity(UUID.randomUUID().toString(), input, now);
    try {
      return repository.insert(user);
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw ScimErrors.uniqueness("userName '" + user.getUserName() + "' is already taken");
      }
      throw e;
    }
  }

  public UserEntity get(String id) {
    return repository.findById(id).orElseThrow(() -> ScimErrors.notFound("User", id));
  }
}
