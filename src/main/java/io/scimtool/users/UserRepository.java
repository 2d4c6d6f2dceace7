package io.scimtool.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persistence of {@link UserEntity}; callers own the transaction. */
@ApplicationScoped
public class UserRepository {
  @PersistenceContext(unitName = "scim")
  EntityManager em;

  public Optional<UserEntity> findById(String id) {
    return Optional.ofNullable(em.find(UserEntity.class, id));
  }

  /** Inserts and flushes, so that constraint violations surface inside the caller's method. */
  public UserEntity insert(UserEntity user) {
    em.persist(user);
    em.flush();
    return user;
  }
}
