package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scribe.actions.DuePostmortem;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.NewIncident;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sweep's read of late post-mortems, across workspaces, on SQLite and PostgreSQL: resolved
 * incidents since a moment whose post-mortem is not Final, with the facilitator and the due
 * setting.
 */
class JdbiLatePostmortemsTest {

  static final Instant SINCE = Instant.parse("2026-11-01T00:00:00Z");

  abstract static class On {
    private final Supplier<Database> open;
    Database db;
    JdbiIncidentRepository incidents;
    JdbiReviewRepository reviews;
    JdbiWorkspaceSettingsRepository settings;
    JdbiLatePostmortems due;
    int channels;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void setUp() {
      db = open.get();
      incidents = new JdbiIncidentRepository(db.jdbi());
      reviews = new JdbiReviewRepository(db.jdbi());
      settings = new JdbiWorkspaceSettingsRepository(db.jdbi());
      due = new JdbiLatePostmortems(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }

    Incident incident(String team, String resolvedAt) {
      Incident open =
          incidents.create(
              new NewIncident(
                  team, "C" + ++channels, "Outage", null, "UDECL", SINCE.minusSeconds(86_400)));
      return resolvedAt == null ? open : incidents.save(open.resolvedAt(Instant.parse(resolvedAt)));
    }

    @Test
    void resolvedSinceAndNotFinalWithTheirFacilitatorAndSetting() {
      Incident plain = incident("T1", "2026-11-02T10:00:00Z");
      Incident facilitated = incident("T1", "2026-11-03T10:00:00Z");
      incidents.putField("T1", facilitated.id(), IncidentField.FACILITATOR, "UKIM", "U1", SINCE);
      incidents.save(facilitated.withOwner("UOWNER").resolvedAt(facilitated.resolvedAt()));
      Incident inReview = incident("T1", "2026-11-04T10:00:00Z");
      reviews.save(
          "T1",
          new Review(
              inReview.id(), ReviewStatus.IN_REVIEW, 1, SINCE, SINCE, List.of(), null, null, 0));
      Incident done = incident("T1", "2026-11-05T10:00:00Z");
      reviews.save(
          "T1",
          new Review(done.id(), ReviewStatus.FINAL, 1, SINCE, SINCE, List.of(), SINCE, "U2", 1));
      incident("T1", "2026-10-31T23:59:59Z");
      incident("T1", null);
      Incident theirs = incident("T2", "2026-11-02T11:00:00Z");
      settings.setPostmortemDueDays("T2", 10, "U1", SINCE);

      List<DuePostmortem> late = due.notFinalResolvedSince(SINCE);

      assertThat(late)
          .extracting(
              DuePostmortem::teamId,
              DuePostmortem::incidentId,
              DuePostmortem::recipient,
              DuePostmortem::dueAfterDays)
          .containsExactly(
              tuple("T1", plain.id(), "UDECL", 5),
              tuple("T1", facilitated.id(), "UKIM", 5),
              tuple("T1", inReview.id(), "UDECL", 5),
              tuple("T2", theirs.id(), "UDECL", 10));
      assertThat(late.get(1).ownerId()).isEqualTo("UOWNER");
      assertThat(late.get(1).resolvedAt()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
      assertThat(late.get(1).publicId()).isEqualTo(facilitated.publicId());
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }
  }
}
