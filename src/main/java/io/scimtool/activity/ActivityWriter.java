package io.scimtool.activity;

import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The activity feed's path to the database (see {@link Journal}); committed batches go to the live
 * stream.
 */
@ApplicationScoped
public class ActivityWriter extends Journal<ActivityEvent> {
  private static final String INSERT =
      "INSERT INTO activity (id, occurred_at, type, severity, action, resource_id, resource_name,"
          + " message, details, members, source, request_id, keepalive)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Inject ActivityStream stream;

  public ActivityWriter() {
    super("activity", "occurred_at");
  }

  @Override
  protected String insertSql() {
    return INSERT;
  }

  @Override
  protected void bind(PreparedStatement insert, ActivityEvent e) throws SQLException {
    insert.setString(1, e.id());
    insert.setString(2, InstantTextConverter.text(e.occurredAt()));
    insert.setString(3, e.type());
    insert.setString(4, e.severity());
    insert.setString(5, e.action());
    insert.setString(6, e.resourceId());
    insert.setString(7, e.resourceName());
    insert.setString(8, e.message());
    insert.setString(9, Lines.join(e.details()));
    insert.setString(10, Lines.join(e.members()));
    insert.setString(11, e.source());
    insert.setString(12, e.requestId());
    insert.setBoolean(13, e.keepalive());
  }

  @Override
  protected void written(List<ActivityEvent> batch) {
    stream.publish(batch);
  }
}
