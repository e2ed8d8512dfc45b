package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * People are stored as Slack user ids and shown by name. Before, {@code /pm set facilitator @kim}
 * stored Slack's markup ({@code <@U123|kim>}), and reviewers and the document's status were free
 * text. This rewrites what is there:
 *
 * <ul>
 *   <li>a facilitator written as one mention becomes its user id (anything else is left as typed);
 *   <li>the reviewers named in a {@code reviewers} field become reviewers asked (by whoever set the
 *       field, when they set it), and the post-mortem In Review; the field goes;
 *   <li>a {@code status} field goes: the status now follows the review, and approvals cannot be
 *       made up.
 * </ul>
 *
 * Every value replaced or removed is kept in {@code incident_field_history}, as any change is.
 */
public class V10_3__People_fields_as_user_ids extends BaseJavaMigration {

  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final String BY = "scribe-migration";

  private record Field(
      long incidentId, String teamId, String name, String value, String by, long at) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    long now = System.currentTimeMillis();
    for (Field f : fields(c)) {
      switch (f.name()) {
        case "facilitator" -> {
          Matcher m = MENTION.matcher(f.value().strip());
          if (m.matches()) {
            update(c, f, m.group(1));
            history(c, f, m.group(1), now);
          }
        }
        case "reviewers" -> {
          ask(c, f, mentioned(f.value()));
          delete(c, f);
          history(c, f, null, now);
        }
        default -> { // "status"
          delete(c, f);
          history(c, f, null, now);
        }
      }
    }
  }

  private static List<Field> fields(Connection c) throws SQLException {
    List<Field> fields = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT incident_id, team_id, name, value, updated_by, updated_at FROM incident_fields"
                    + " WHERE name IN ('facilitator', 'reviewers', 'status') ORDER BY incident_id, name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        fields.add(
            new Field(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getLong(6)));
      }
    }
    return fields;
  }

  private static List<String> mentioned(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return new ArrayList<>(ids);
  }

  private static void ask(Connection c, Field f, List<String> reviewers) throws SQLException {
    if (reviewers.isEmpty()) {
      return;
    }
    execute(
        c,
        "INSERT INTO postmortems (incident_id, team_id, status, version) VALUES (?, ?, 'IN_REVIEW', 0)"
            + " ON CONFLICT (incident_id) DO NOTHING",
        f.incidentId(),
        f.teamId());
    for (int i = 0; i < reviewers.size(); i++) {
      execute(
          c,
          "INSERT INTO postmortem_reviewers (incident_id, team_id, user_id, position, asked_by, asked_at)"
              + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, user_id) DO NOTHING",
          f.incidentId(),
          f.teamId(),
          reviewers.get(i),
          i,
          f.by(),
          f.at());
    }
    execute(
        c,
        "INSERT INTO postmortem_history (team_id, incident_id, kind, version, done_by, done_at, people,"
            + " events_added, events_edited, events_removed, fields_changed, actions_added, actions_closed)"
            + " VALUES (?, ?, 'REVIEW_REQUESTED', 0, ?, ?, ?, 0, 0, 0, '', 0, 0)",
        f.teamId(),
        f.incidentId(),
        f.by(),
        f.at(),
        String.join(",", reviewers));
  }

  private static void update(Connection c, Field f, String value) throws SQLException {
    execute(
        c,
        "UPDATE incident_fields SET value = ? WHERE incident_id = ? AND team_id = ? AND name = ?",
        value,
        f.incidentId(),
        f.teamId(),
        f.name());
  }

  private static void delete(Connection c, Field f) throws SQLException {
    execute(
        c,
        "DELETE FROM incident_fields WHERE incident_id = ? AND team_id = ? AND name = ?",
        f.incidentId(),
        f.teamId(),
        f.name());
  }

  private static void history(Connection c, Field f, String newValue, long now)
      throws SQLException {
    execute(
        c,
        "INSERT INTO incident_field_history (incident_id, team_id, name, old_value, new_value, changed_by,"
            + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        f.incidentId(),
        f.teamId(),
        f.name(),
        f.value(),
        newValue,
        BY,
        now);
  }

  private static void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
