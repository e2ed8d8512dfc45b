package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.Priority;
import dev.scribe.home.HomePages;
import dev.scribe.home.OpenIncident;
import dev.scribe.home.Page;
import dev.scribe.home.PageRequest;
import dev.scribe.home.PostmortemDue;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.NewIncident;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewStatus;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * App Home's lists and viewers, action items from messages, and captured messages, on SQLite and
 * PostgreSQL alike.
 */
class HomeStorageTest {

  static final String TEAM = "T1";
  static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");

  abstract static class On {
    private final Supplier<Database> open;
    Database db;
    JdbiHome home;
    JdbiIncidentRepository incidents;
    JdbiActionItemRepository items;
    JdbiTimelineRepository timeline;
    JdbiMessageActionItems fromMessages;
    int channels;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void openDatabase() {
      db = open.get();
      home = new JdbiHome(db.jdbi());
      incidents = new JdbiIncidentRepository(db.jdbi());
      items = new JdbiActionItemRepository(db.jdbi());
      timeline = new JdbiTimelineRepository(db.jdbi());
      fromMessages = new JdbiMessageActionItems(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }

    Incident declare(String team, String title, Instant at) {
      return incidents.create(new NewIncident(team, "C" + (++channels), title, null, "U0SAM", at));
    }

    Incident resolve(Incident i, Instant at) {
      return incidents.save(i.resolvedAt(at));
    }

    ActionItem item(Incident i, String text, String owner, String due) {
      return items.add(
          i.teamId(),
          new ActionDraft(
              i.id(),
              text,
              owner,
              due == null ? null : LocalDate.parse(due),
              Priority.MEDIUM,
              ActionKind.SHORT_TERM,
              null,
              "U0SAM",
              T0));
    }

    @Test
    void myOpenItemsComeEarliestDueFirstAPageAtATime() {
      Incident checkout = declare(TEAM, "Checkout", T0);
      for (int day = 20; day >= 10; day--) {
        item(checkout, "due on the " + day, "U0ALICE", "2026-12-" + day);
      }
      item(checkout, "no due date", "U0ALICE", null);
      item(checkout, "Bob's", "U0BOB", "2026-12-01");
      ActionItem done = item(checkout, "done already", "U0ALICE", "2026-12-01");
      items.update(TEAM, closed(done));
      item(declare("T2", "elsewhere", T0), "other workspace", "U0ALICE", "2026-12-01");

      Page<IncidentAction> first = home.openItemsOwnedBy(TEAM, "U0ALICE", new PageRequest(0, 8));
      Page<IncidentAction> second = home.openItemsOwnedBy(TEAM, "U0ALICE", new PageRequest(1, 8));

      assertThat(first.total()).isEqualTo(12);
      assertThat(first.rows()).extracting(a -> a.item().text()).first().isEqualTo("due on the 10");
      assertThat(first.hasNext()).isTrue();
      assertThat(second.rows())
          .extracting(a -> a.item().text())
          .containsExactly("due on the 18", "due on the 19", "due on the 20", "no due date");
      assertThat(second.rows().get(0).incident().publicId()).isEqualTo(checkout.publicId());
      assertThat(second.hasNext()).isFalse();
    }

    @Test
    void openIncidentsComeNewestFirstWithTheirLatestEvent() {
      Incident older = declare(TEAM, "Older", T0);
      Incident newer = declare(TEAM, "Newer", T0.plusSeconds(60));
      resolve(declare(TEAM, "Resolved", T0.plusSeconds(120)), T0.plusSeconds(180));
      declare("T2", "Other workspace", T0.plusSeconds(240));
      timeline.add(TEAM, older.id(), typed(T0.plusSeconds(600), Marker.ACK, "acked"));
      timeline.add(TEAM, older.id(), typed(T0.plusSeconds(300), Marker.IMPACT, "earlier"));

      Page<OpenIncident> page = home.openIncidents(TEAM, new PageRequest(0, 10));

      assertThat(page.total()).isEqualTo(2);
      assertThat(page.rows())
          .extracting(o -> o.incident().title())
          .containsExactly("Newer", "Older");
      assertThat(page.rows().get(0).lastEvent()).isEmpty();
      OpenIncident.LastEvent last = page.rows().get(1).lastEvent().orElseThrow();
      assertThat(last.text()).isEqualTo("acked");
      assertThat(last.marker()).isEqualTo(Marker.ACK);
      assertThat(newer.id()).isNotEqualTo(older.id());
    }

    @Test
    void postmortemsDueAreResolvedIncidentsWithoutAFinalStatus() {
      Incident a = resolve(declare(TEAM, "A", T0), T0.plusSeconds(60));
      Incident b = resolve(declare(TEAM, "B", T0), T0.plusSeconds(120));
      Incident c = resolve(declare(TEAM, "C", T0), T0.plusSeconds(180));
      declare(TEAM, "still open", T0);
      JdbiReviewRepository reviews = new JdbiReviewRepository(db.jdbi());
      reviews.save(
          TEAM, new Review(b.id(), ReviewStatus.FINAL, 1, T0, T0, List.of(), T0, "U0SAM", 1));
      reviews.save(
          TEAM, new Review(c.id(), ReviewStatus.IN_REVIEW, 1, T0, T0, List.of(), null, null, 0));
      incidents.putField(TEAM, c.id(), IncidentField.FACILITATOR, "U0KIM", "U0SAM", T0);

      Page<PostmortemDue> due = home.resolvedNotFinal(TEAM, new PageRequest(0, 8));

      assertThat(due.total()).isEqualTo(2);
      assertThat(due.rows()).extracting(d -> d.incident().id()).containsExactly(c.id(), a.id());
      assertThat(due.rows().get(0).facilitator()).contains("U0KIM");
      assertThat(due.rows().get(1).facilitator()).isEmpty();
    }

    @Test
    void viewersKeepTheirPagesAndTheRecentOnesAreFound() {
      assertThat(home.pages(TEAM, "U0ALICE")).isEmpty();
      home.opened(TEAM, "U0ALICE", T0);
      home.opened(TEAM, "U0BOB", T0.plusSeconds(60));
      home.opened(TEAM, "U0OLD", T0.minusSeconds(86_400 * 30));
      home.opened("T2", "U0OTHER", T0);
      home.turnTo(TEAM, "U0ALICE", new HomePages(2, 1, 0));
      home.opened(TEAM, "U0ALICE", T0.plusSeconds(120));

      assertThat(home.pages(TEAM, "U0ALICE")).contains(new HomePages(2, 1, 0));
      assertThat(home.pages(TEAM, "U0BOB")).contains(HomePages.FIRST);
      assertThat(home.openedSince(TEAM, T0.minusSeconds(3600), 10))
          .containsExactly("U0ALICE", "U0BOB");
      assertThat(home.openedSince(TEAM, T0.minusSeconds(3600), 1)).containsExactly("U0ALICE");
    }

    @Test
    void aMessageGivesAnIncidentOneActionItemThatWaitsForItsWords() {
      Incident checkout = declare(TEAM, "Checkout", T0);
      MessageRef message = new MessageRef(checkout.channelId(), "1795293480.000100");
      ActionDraft draft =
          new ActionDraft(
              checkout.id(),
              "waiting",
              null,
              null,
              Priority.MEDIUM,
              ActionKind.SHORT_TERM,
              null,
              "U0TAG",
              T0);

      Optional<ActionItem> first = fromMessages.addUnlessRecorded(TEAM, draft, message);
      Optional<ActionItem> again = fromMessages.addUnlessRecorded(TEAM, draft, message);

      assertThat(first).isPresent();
      assertThat(again).isEmpty();
      assertThat(fromMessages.fromMessage(TEAM, checkout.id(), message)).contains(first.get());
      assertThat(fromMessages.awaitingMessage(10)).hasSize(1);
      fromMessages.attachMessage(TEAM, first.get().id(), "waiting", "Fix it", Optional.of("U0BOB"));
      fromMessages.attachMessage(TEAM, first.get().id(), "waiting", "later", Optional.of("U0X"));
      ActionItem stored = items.byId(TEAM, first.get().id()).orElseThrow().item();
      assertThat(stored.text()).isEqualTo("Fix it");
      assertThat(stored.ownerId()).isEqualTo("U0BOB");
      assertThat(stored.number()).isEqualTo(1);
      assertThat(fromMessages.awaitingMessage(10)).isEmpty();
    }

    @Test
    void aMessageIsCapturedOncePerIncidentWhateverCapturedItFirst() {
      Incident checkout = declare(TEAM, "Checkout", T0);
      Incident other = declare(TEAM, "Other", T0);
      MessageRef message = new MessageRef("C0SUPPORT", "1795293480.000100");
      timeline.add(TEAM, checkout.id(), captured(message, EventSource.REACTION));

      assertThat(
              timeline.addUnlessCaptured(
                  TEAM, checkout.id(), captured(message, EventSource.SHORTCUT)))
          .isEmpty();
      assertThat(
              timeline.addUnlessCaptured(TEAM, other.id(), captured(message, EventSource.SHORTCUT)))
          .isPresent();
      assertThat(timeline.forMessage(TEAM, message)).hasSize(2);
    }

    private static NewEvent typed(Instant at, Marker marker, String text) {
      return NewEvent.typed(at, marker, text, "U0SAM", at);
    }

    private static NewEvent captured(MessageRef message, EventSource source) {
      return new NewEvent(
          message.postedAt(),
          Marker.NOTE,
          "words",
          "U0A",
          "U0B",
          source,
          message.channelId(),
          message.ts(),
          null,
          T0,
          false);
    }

    private static ActionItem closed(ActionItem i) {
      return new ActionItem(
          i.id(),
          i.incidentId(),
          i.number(),
          i.text(),
          i.ownerId(),
          i.dueDate(),
          i.priority(),
          i.kind(),
          ActionStatus.DONE,
          i.ticketUrl(),
          i.createdBy(),
          i.createdAt(),
          T0,
          null);
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
