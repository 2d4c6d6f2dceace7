package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
  @Test
  void recognisesPostgresUniqueViolationDeepInTheCauseChain() {
    var sql = new SQLException("duplicate key value violates unique constraint", "23505");
    assertTrue(Constraints.isUniqueViolation(new PersistenceException(new RuntimeException(sql))));
  }

  @Test
  void ignoresOtherFailures() {
    assertFalse(Constraints.isUniqueViolation(new PersistenceException("timeout")));
    assertFalse(Constraints.isUniqueViolation(new SQLException("not null", "23502")));
  }
}
