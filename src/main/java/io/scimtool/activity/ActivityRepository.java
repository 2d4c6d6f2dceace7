package io.scimtool.activity;

import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.ListPage;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the activity feed; filters and counts run in SQL, before paging. */
@ApplicationScoped
public class ActivityRepository {
  private static final String COLUMNS =
      "id, occurred_at, type, severity, action, resource_id, resource_name, message, details,"
          + " members, source, request_id, keepalive";

  @Inject SqlRunner sql;

  Clock clock = Clock.systemUTC();

  /** The filters of {@code GET /api/activity}; nulls mean "any". */
  public record Filter(
      ActivityType type,
      Severity severity,
      String text,
      Instant since,
      Instant until,
      boolean hideKeepalive) {}

  /** Counts of one window; keepalive probes are counted apart, never as operations. */
  public record Counts(
      long total, long users, long groups, long system, long errors, long keepalives) {}

  /** One hour of the chart: events by severity. */
  public record Hour(String hour, long success, long info, long warning, long error) {}

  public record Summary(Counts last24Hours, Counts last7Days, List<Hour> hourly) {}

  public ListPage<ActivityEvent> list(Filter filter, int page, int pageSize) {
    return sql.listPage(
        COLUMNS,
        new SqlFragment().sql(" FROM activity").append(where(filter)),
        "id DESC",
        page,
        pageSize,
        ActivityRepository::event);
  }

  /** Events after {@code id} (oldest first), for a reconnecting live stream. */
  public List<ActivityEvent> after(String id, int limit) {
    return sql.list(
        new SqlFragment()
            .sql("SELECT " + COLUMNS + " FROM activity WHERE id > ")
            .param(id)
            .sql(" ORDER BY id LIMIT ")
            .param(limit),
        ActivityRepository::event);
  }

  public Summary summary() {
    Instant now = clock.instant();
    Instant dayAgo = now.minus(Duration.ofHours(24));
    Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    Map<String, long[]> hours = new LinkedHashMap<>();
    for (int i = 0; i < 24; i++) {
      hours.put(hourKey(firstHour.plus(Duration.ofHours(i))), new long[4]);
    }
    // substr(text, 1, 13) is the hour ("2026-11-28T10") in the stored fixed-width form.
    for (Object[] row :
        sql.rows(
            new SqlFragment()
                .sql(
                    "SELECT substr(occurred_at, 1, 13), severity, COUNT(*) FROM activity"
                        + " WHERE occurred_at >= ")
                .param(InstantTextConverter.text(firstHour))
                .sql(" AND keepalive = ")
                .param(false)
                .sql(" GROUP BY substr(occurred_at, 1, 13), severity"))) {
      long[] counts = hours.get((String) row[0]);
      if (counts != null) {
        Severity.parse((String) row[1])
            .ifPresent(s -> counts[s.ordinal()] += ((Number) row[2]).longValue());
      }
    }
    List<Hour> hourly = new ArrayList<>();
    hours.forEach(
        (hour, counts) ->
            hourly.add(new Hour(hour + ":00:00Z", counts[0], counts[1], counts[2], counts[3])));
    return new Summary(counts(dayAgo), counts(now.minus(Duration.ofDays(7))), hourly);
  }

  private Counts counts(Instant since) {
    long users = 0;
    long groups = 0;
    long system = 0;
    long errors = 0;
    long keepalives = 0;
    for (Object[] row :
        sql.rows(
            new SqlFragment()
                .sql(
                    "SELECT type, severity, keepalive, COUNT(*) FROM activity WHERE occurred_at >= ")
                .param(InstantTextConverter.text(since))
                .sql(" GROUP BY type, severity, keepalive"))) {
      long count = ((Number) row[3]).longValue();
      if (truthy(row[2])) {
        keepalives += count;
        continue;
      }
      switch (ActivityType.parse((String) row[0]).orElse(ActivityType.SYSTEM)) {
        case USER -> users += count;
        case GROUP -> groups += count;
        default -> system += count;
      }
      if (Severity.ERROR.text().equals(row[1])) {
        errors += count;
      }
    }
    return new Counts(users + groups + system, users, groups, system, errors, keepalives);
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  private static String hourKey(Instant hour) {
    return InstantTextConverter.text(hour).substring(0, 13);
  }

  private static SqlFragment where(Filter filter) {
    SqlFragment where = new SqlFragment().sql(" WHERE 1 = 1");
    if (filter.type() != null) {
      where.sql(" AND type = ").param(filter.type().text());
    }
    if (filter.severity() != null) {
      where.sql(" AND severity = ").param(filter.severity().text());
    }
    if (filter.since() != null) {
      where.sql(" AND occurred_at >= ").param(InstantTextConverter.text(filter.since()));
    }
    if (filter.until() != null) {
      where.sql(" AND occurred_at < ").param(InstantTextConverter.text(filter.until()));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where
          .sql(" AND ")
          .append(
              SqlFragment.containsIgnoringCase(
                  filter.text(), "message", "resource_name", "details", "members"));
    }
    if (filter.hideKeepalive()) {
      where.sql(" AND keepalive = ").param(false);
    }
    return where;
  }

  private static ActivityEvent event(ResultSet row) throws SQLException {
    return new ActivityEvent(
        row.getString("id"),
        Instant.parse(row.getString("occurred_at")),
        row.getString("type"),
        row.getString("severity"),
        row.getString("action"),
        row.getString("resource_id"),
        row.getString("resource_name"),
        row.getString("message"),
        Lines.split(row.getString("details")),
        Lines.split(row.getString("members")),
        row.getString("source"),
        row.getString("request_id"),
        row.getBoolean("keepalive"));
  }
}
