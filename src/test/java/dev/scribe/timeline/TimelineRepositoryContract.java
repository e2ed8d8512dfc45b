package dev.scribe.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TimelineRepository} and {@link DeliveryLog} must do; the fake and the databases
 * run the same tests.
 */
public abstract class TimelineRepositoryContract {

  static final Instant T0 = Instant.parse("2026-11-21T14:00:00Z");
  static final MessageRef MESSAGE = new MessageRef("C1", "1763733480.123456");

  private TimelineRepository repo;
  private DeliveryLog deliveries;
  private long one;
  private long two;
  private long theirs;

  protected abstract TimelineRepository repository();

  /** The delivery log kept with the repository. */
  protected abstract DeliveryLog deliveries();

  /** Stores an incident the way the incident feature would; returns its id. */
  protected abstract long incident(String teamId, String channelId);

  /** The event's revisions, oldest first, each as "change: the words before it". */
  protected abstract List<String> revisions(String teamId, long eventId);

  @BeforeEach
  void setUp() {
    repo = repository();
    deliveries = deliveries();
    one = incident("T1", "C1");
    two = incident("T1", "C2");
    theirs = incident("T2", "C1");
  }

  private TimelineEvent typed(long incidentId, Instant at, String text) {
    return repo.add("T1", incidentId, NewEvent.typed(at, Marker.NOTE, text, "U1", T0));
  }

  private TimelineEvent tagged(String teamId, long incidentId, MessageRef message) {
    return repo.add(
        teamId,
        incidentId,
        new NewEvent(
            message.postedAt(),
            Marker.ACK,
            "",
            null,
            "UREACTOR",
            EventSource.REACTION,
            message.channelId(),
            message.ts(),
            null,
            T0,
            true));
  }

  @Test
  void aMessageIsCapturedOncePerIncidentByAReactionOrTheShortcut() {
    TimelineEvent tag = tagged("T1", one, MESSAGE);
    NewEvent shortcut =
        new NewEvent(
            MESSAGE.postedAt(),
            Marker.CAUSE,
            "trimmed words",
            "UAUTHOR",
            "USHORTCUT",
            EventSource.SHORTCUT,
            MESSAGE.channelId(),
            MESSAGE.ts(),
            "https://acme.slack.com/archives/C1/p1763733480123456",
            T0,
            false);

    assertThat(repo.addUnlessCaptured("T1", one, shortcut)).isEmpty();
    TimelineEvent onTwo = repo.addUnlessCaptured("T1", two, shortcut).orElseThrow();
    assertThat(onTwo.source()).isEqualTo(EventSource.SHORTCUT);
    assertThat(onTwo.permalink()).isEqualTo(shortcut.permalink());
    assertThat(repo.forMessage("T1", MESSAGE))
        .extracting(TimelineEvent::id)
        .containsExactly(tag.id(), onTwo.id());

    repo.setPermalink("T1", onTwo.id(), "https://acme.slack.com/archives/C1/p2");
    repo.setPermalink("T2", tag.id(), "https://elsewhere");
    assertThat(repo.forMessage("T1", two, MESSAGE).orElseThrow().permalink())
        .isEqualTo("https://acme.slack.com/archives/C1/p2");
    assertThat(repo.forMessage("T1", one, MESSAGE).orElseThrow().permalink()).isNull();
  }

  @Test
  void numbersEventsPerIncidentAndKeepsEveryField() {
    TimelineEvent first =
        repo.add(
            "T1",
            one,
            new NewEvent(
                T0.minusSeconds(60),
                Marker.IMPACT,
                "errors climb <@U2>",
                "UAUTHOR",
                "URECORDER",
                EventSource.COMMAND,
                null,
                null,
                "https://x/p1",
                T0,
                false));
    TimelineEvent second = typed(one, T0, "second");
    TimelineEvent elsewhere = typed(two, T0, "elsewhere");

    assertThat(first)
        .isEqualTo(
            new TimelineEvent(
                first.id(),
                one,
                1,
                T0.minusSeconds(60),
                Marker.IMPACT,
                "errors climb <@U2>",
                "UAUTHOR",
                "URECORDER",
                EventSource.COMMAND,
                "https://x/p1",
                T0,
                false));
    assertThat(second.number()).isEqualTo(2);
    assertThat(elsewhere.number()).isEqualTo(1);
    assertThat(List.of(first.id(), second.id(), elsewhere.id())).doesNotHaveDuplicates();
    assertThat(repo.byNumber("T1", one, 1)).contains(first);
    assertThat(repo.events("T1", one)).containsExactly(first, second);
  }

  @Test
  void keepsInstantsToTheMillisecond() {
    TimelineEvent event = tagged("T1", one, MESSAGE);
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-11-21T13:58:00.123Z"));
    assertThat(repo.events("T1", one)).containsExactly(event);
  }

  @Test
  void listsLiveEventsInTimeOrderThenByNumber() {
    TimelineEvent late = typed(one, T0.plusSeconds(60), "late");
    TimelineEvent early = typed(one, T0.minusSeconds(60), "backdated");
    TimelineEvent sameTime = typed(one, T0.plusSeconds(60), "same time, recorded later");
    TimelineEvent gone = typed(one, T0, "deleted");
    repo.delete("T1", gone.id(), "U1", "delete", T0);

    assertThat(repo.events("T1", one)).containsExactly(early, late, sameTime);
    assertThat(repo.byNumber("T1", one, gone.number())).isEmpty();
  }

  @Test
  void numbersAreNeverReused() {
    TimelineEvent first = typed(one, T0, "first");
    repo.delete("T1", first.id(), "U1", "delete", T0);
    assertThat(typed(one, T0, "second").number()).isEqualTo(2);
  }

  @Test
  void anUpdateChangesTimeMarkerAndTextOnlyAndKeepsTheOldVersion() {
    TimelineEvent event = typed(one, T0, "first words");
    TimelineEvent changed =
        new TimelineEvent(
            event.id(),
            event.incidentId(),
            99,
            T0.minusSeconds(300),
            Marker.ACK,
            "better words",
            "USOMEONE",
            "USOMEONE",
            EventSource.SYSTEM,
            "https://x/other",
            T0.plusSeconds(999),
            true);

    TimelineEvent updated = repo.update("T1", changed, "U2", "edit", T0.plusSeconds(10));

    TimelineEvent expected =
        new TimelineEvent(
            event.id(),
            one,
            1,
            T0.minusSeconds(300),
            Marker.ACK,
            "better words",
            "U1",
            "U1",
            EventSource.COMMAND,
            null,
            T0,
            false);
    assertThat(updated).isEqualTo(expected);
    assertThat(repo.events("T1", one)).containsExactly(expected);
    assertThat(revisions("T1", event.id())).containsExactly("edit: first words");
  }

  @Test
  void aDeletedEventLeavesTheTimelineAndStaysAsARevision() {
    TimelineEvent event = typed(one, T0, "oops");
    repo.delete("T1", event.id(), "U2", "delete", T0.plusSeconds(10));
    assertThat(repo.events("T1", one)).isEmpty();
    assertThat(revisions("T1", event.id())).containsExactly("delete: oops");
  }

  @Test
  void findsTheLiveEventsQuotingAMessage() {
    TimelineEvent inOne = tagged("T1", one, MESSAGE);
    TimelineEvent inTwo = tagged("T1", two, MESSAGE);
    MessageRef later = new MessageRef("C1", "1763733481.000001");
    TimelineEvent otherMessage = tagged("T1", one, later);
    typed(one, MESSAGE.postedAt(), "typed, not tagged");
    tagged("T2", theirs, MESSAGE);

    assertThat(repo.forMessage("T1", MESSAGE)).containsExactly(inOne, inTwo);
    assertThat(repo.forMessage("T1", later)).containsExactly(otherMessage);
    assertThat(repo.forMessage("T1", one, MESSAGE)).contains(inOne);
    assertThat(repo.forMessage("T1", two, MESSAGE)).contains(inTwo);
    assertThat(repo.forMessage("T1", two, later)).isEmpty();

    repo.delete("T1", inOne.id(), "U1", "reaction-removed", T0);
    assertThat(repo.forMessage("T1", MESSAGE)).containsExactly(inTwo);
    assertThat(repo.forMessage("T1", one, MESSAGE)).isEmpty();
  }

  @Test
  void aMessageIsAddedToAnIncidentOnceWithoutUsingUpANumber() {
    NewEvent message =
        new NewEvent(
            MESSAGE.postedAt(),
            Marker.ACK,
            "",
            null,
            "UREACTOR",
            EventSource.REACTION,
            MESSAGE.channelId(),
            MESSAGE.ts(),
            null,
            T0,
            true);
    TimelineEvent added = repo.addUnlessCaptured("T1", one, message).orElseThrow();

    assertThat(repo.addUnlessCaptured("T1", one, message)).isEmpty();
    assertThat(repo.forMessage("T1", one, MESSAGE)).contains(added);
    assertThat(repo.addUnlessCaptured("T1", two, message)).isPresent();
    assertThat(typed(one, T0, "next").number()).isEqualTo(added.number() + 1);

    repo.delete("T1", added.id(), "U1", "reaction-removed", T0);
    assertThat(repo.addUnlessCaptured("T1", one, message)).isPresent();
  }

  @Test
  void countsTagsPerEvent() {
    TimelineEvent event = tagged("T1", one, MESSAGE);
    assertThat(repo.addTag("T1", event.id(), "U1", "eyes", T0)).isTrue();
    assertThat(repo.addTag("T1", event.id(), "U1", "eyes", T0)).isFalse();
    assertThat(repo.addTag("T1", event.id(), "U1", "fire", T0)).isTrue();
    assertThat(repo.addTag("T1", event.id(), "U2", "eyes", T0)).isTrue();

    assertThat(repo.removeTag("T1", event.id(), "U1", "eyes")).isEqualTo(2);
    assertThat(repo.removeTag("T1", event.id(), "U1", "eyes")).isEqualTo(2);
    assertThat(repo.removeTag("T2", event.id(), "U1", "fire")).isZero();
    assertThat(repo.removeTag("T1", event.id(), "U1", "fire")).isEqualTo(1);
    assertThat(repo.removeTag("T1", event.id(), "U2", "eyes")).isZero();
  }

  @Test
  void aFetchedMessageFillsOnlyWhatIsMissingAndOnlyOnce() {
    TimelineEvent event = tagged("T1", one, MESSAGE);
    TimelineEvent other = tagged("T1", two, MESSAGE);
    assertThat(repo.awaitingMessage(10))
        .containsExactly(
            new TimelineRepository.PendingMessage("T1", event.id(), MESSAGE),
            new TimelineRepository.PendingMessage("T1", other.id(), MESSAGE));

    repo.update(
        "T1",
        withText(event, "edited in Slack first"),
        "UAUTHOR",
        "message-edited",
        T0.plusSeconds(1));
    repo.attachMessage("T1", event.id(), "first version", "UAUTHOR", "https://x/p1");
    repo.attachMessage("T1", event.id(), "stale", "UOTHER", "https://x/p2");
    repo.attachMessage("T2", other.id(), "not theirs", "UOTHER", "https://x/p3");

    TimelineEvent stored = repo.byNumber("T1", one, event.number()).orElseThrow();
    assertThat(stored.text()).isEqualTo("edited in Slack first");
    assertThat(stored.authorId()).isEqualTo("UAUTHOR");
    assertThat(stored.permalink()).isEqualTo("https://x/p1");
    assertThat(repo.awaitingMessage(10))
        .extracting(TimelineRepository.PendingMessage::eventId)
        .containsExactly(other.id());
    repo.attachMessage("T1", other.id(), "the words", "UAUTHOR", null);
    assertThat(repo.byNumber("T1", two, other.number()).orElseThrow().text())
        .isEqualTo("the words");
    assertThat(repo.awaitingMessage(10)).isEmpty();
  }

  @Test
  void awaitingMessagesSpanWorkspacesOldestFirstUpToALimitAndSkipDeletedEvents() {
    TimelineEvent a = tagged("T1", one, MESSAGE);
    TimelineEvent b = tagged("T2", theirs, MESSAGE);
    TimelineEvent c = tagged("T1", two, MESSAGE);
    repo.delete("T1", c.id(), "U1", "reaction-removed", T0);
    typed(one, T0, "typed events never wait");

    assertThat(repo.awaitingMessage(10))
        .extracting(TimelineRepository.PendingMessage::eventId)
        .containsExactly(a.id(), b.id());
    assertThat(repo.awaitingMessage(1))
        .containsExactly(new TimelineRepository.PendingMessage("T1", a.id(), MESSAGE));
  }

  @Test
  void aDeletedSourceMessageIsNotedAndItsWordsKept() {
    TimelineEvent event = tagged("T1", one, MESSAGE);
    repo.attachMessage("T1", event.id(), "the words", "UAUTHOR", "https://x/p1");
    repo.markSourceDeleted("T2", event.id());
    assertThat(repo.byNumber("T1", one, 1).orElseThrow().sourceMessageDeleted()).isFalse();
    repo.markSourceDeleted("T1", event.id());
    TimelineEvent stored = repo.byNumber("T1", one, 1).orElseThrow();
    assertThat(stored.sourceMessageDeleted()).isTrue();
    assertThat(stored.text()).isEqualTo("the words");
  }

  @Test
  void everyQueryStaysInsideItsWorkspace() {
    TimelineEvent mine = typed(one, T0, "mine");
    assertThat(repo.events("T2", one)).isEmpty();
    assertThat(repo.byNumber("T2", one, mine.number())).isEmpty();
    repo.delete("T2", mine.id(), "U1", "delete", T0);
    assertThat(repo.events("T1", one)).containsExactly(mine);
    assertThat(revisions("T1", mine.id())).isEmpty();
  }

  @Test
  void aDeliveryIsFirstOncePerWorkspace() {
    assertThat(deliveries.firstDelivery("T1", "Ev1", T0)).isTrue();
    assertThat(deliveries.firstDelivery("T1", "Ev1", T0.plusSeconds(5))).isFalse();
    assertThat(deliveries.firstDelivery("T2", "Ev1", T0)).isTrue();
    assertThat(deliveries.firstDelivery("T1", "Ev2", T0)).isTrue();
  }

  private static TimelineEvent withText(TimelineEvent e, String text) {
    return new TimelineEvent(
        e.id(),
        e.incidentId(),
        e.number(),
        e.occurredAt(),
        e.marker(),
        text,
        e.authorId(),
        e.recordedBy(),
        e.source(),
        e.permalink(),
        e.recordedAt(),
        e.sourceMessageDeleted());
  }
}
