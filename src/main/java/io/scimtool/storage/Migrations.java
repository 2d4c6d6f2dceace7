package io.scimtool.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema migrations in {@code db/migration}, as Flyway runs them on SQLite and PostgreSQL. */
public final class Migrations {
  private Migrations() {}

  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        // Inside Liberty, Flyway finds classpath folders only through a flyway.location marker
        // file; db/callback (Flyway's default callback location) has one for that reason only.
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }
}
