package dev.scribe.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.storage.JsonPayloadCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxStore} must do; the fake and the database run the same tests. */
public abstract class OutboxContract {

  /** A payload for tests. */
  public record Note(String text) {}

  public static final MessageKind<Note> NOTE =
      new MessageKind<>(
          "note",
          Note.class,
          new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 5, Duration.ofHours(1)));

  public static final MessageKind<Note> OTHER =
      new MessageKind<>("other-note", Note.class, NOTE.retry());

  static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  static final Instant LEASE = NOW.plus(Duration.ofMinutes(5));

  private final PayloadCodec codec = new JsonPayloadCodec();

  protected abstract OutboxStore outbox();

  private static OutboxMessage<Note> note(String team, String key) {
    return NOTE.message(team, key, new Note("hello " + key));
  }

  private static OutboxEntry claimOne(OutboxStore outbox, Instant at, Instant leaseUntil) {
    List<OutboxEntry> claimed = outbox.claimDue(at, leaseUntil, 1);
    assertThat(claimed).hasSize(1);
    return claimed.get(0);
  }

  @Test
  void aMessageIsStoredOnceByWorkspaceKindAndKey() {
    OutboxStore outbox = outbox();
    assertThat(outbox.enqueue(note("T1", "k1"), NOW)).isTrue();
    assertThat(outbox.enqueue(note("T1", "k1"), NOW.plusSeconds(5))).isFalse();
    assertThat(outbox.enqueue(note("T2", "k1"), NOW)).isTrue();
    assertThat(outbox.enqueue(OTHER.message("T1", "k1", new Note("x")), NOW)).isTrue();

    assertThat(outbox.find("T1", NOTE, "k1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(OutboxState.PENDING);
              assertThat(e.attempts()).isZero();
              assertThat(e.inDoubt()).isFalse();
              assertThat(e.enqueuedAt()).isEqualTo(NOW);
              assertThat(e.nextAttemptAt()).isEqualTo(NOW);
              assertThat(e.giveUpAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
              assertThat(codec.decode(e.payload(), Note.class)).isEqualTo(new Note("hello k1"));
            });
    assertThat(outbox.find("T1", NOTE, "k2")).isEmpty();
  }

  @Test
  void aMessageIsDueFromWhenItWasEnqueuedAndClaimedForOneAttempt() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    assertThat(outbox.claimDue(NOW.minusMillis(1), LEASE, 10)).isEmpty();

    OutboxEntry claimed = claimOne(outbox, NOW, LEASE);

    assertThat(claimed.state()).isEqualTo(OutboxState.SENDING);
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.inDoubt()).isFalse();
    assertThat(claimed.leaseUntil()).isEqualTo(LEASE);
    assertThat(claimed.dedupeKey()).isEqualTo("k1");
    assertThat(claimed.teamId()).isEqualTo("T1");
    assertThat(claimed.kind()).isEqualTo("note");
  }

  @Test
  void aClaimedMessageIsTakenOverOnlyOnceItsLeaseRanOutAndThenInDoubt() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    claimOne(outbox, NOW, LEASE);
    assertThat(outbox.claimDue(NOW.plusSeconds(1), LEASE, 10)).isEmpty();
    assertThat(outbox.claimDue(LEASE.minusMillis(1), LEASE.plusSeconds(300), 10)).isEmpty();

    OutboxEntry takenOver = claimOne(outbox, LEASE, LEASE.plusSeconds(300));

    assertThat(takenOver.attempts()).isEqualTo(2);
    assertThat(takenOver.inDoubt()).isTrue();
  }

  @Test
  void aRetryWaitsForItsTimeAndADoubtOnceRaisedStays() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    OutboxEntry first = claimOne(outbox, NOW, LEASE);
    assertThat(outbox.markRetry(first.id(), 1, NOW.plusSeconds(30), "HTTP 503", false)).isTrue();
    assertThat(outbox.find("T1", NOTE, "k1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(OutboxState.PENDING);
              assertThat(e.lastError()).isEqualTo("HTTP 503");
              assertThat(e.leaseUntil()).isNull();
            });
    assertThat(outbox.claimDue(NOW.plusSeconds(29), LEASE, 10)).isEmpty();

    OutboxEntry second = claimOne(outbox, NOW.plusSeconds(30), LEASE.plusSeconds(30));
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.inDoubt()).as("an answered 503 is no doubt").isFalse();
    outbox.markRetry(second.id(), 2, NOW.plusSeconds(60), "network: timeout", true);
    OutboxEntry third = claimOne(outbox, NOW.plusSeconds(60), LEASE.plusSeconds(60));
    outbox.markRetry(third.id(), 3, NOW.plusSeconds(90), "HTTP 429", false);

    assertThat(claimOne(outbox, NOW.plusSeconds(90), LEASE.plusSeconds(90)).inDoubt())
        .as("the timed-out attempt may still have arrived")
        .isTrue();
  }

  @Test
  void aLateWordFromAnOvertakenAttemptChangesNothing() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    long id = claimOne(outbox, NOW, LEASE).id();
    claimOne(outbox, LEASE, LEASE.plusSeconds(300));

    assertThat(outbox.markRetry(id, 1, LEASE.plusSeconds(60), "timeout", true)).isFalse();
    assertThat(outbox.markFailed(id, 1, "too late", LEASE)).isFalse();
    assertThat(outbox.markSkipped(id, 1, "too late", LEASE)).isFalse();
    outbox.saveProgress(id, 1, "F-from-the-first");
    assertThat(outbox.find("T1", NOTE, "k1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(OutboxState.SENDING);
              assertThat(e.progress()).isNull();
            });

    assertThat(outbox.markFailed(id, 2, "user_not_found", LEASE.plusSeconds(1))).isTrue();
    assertThat(outbox.find("T1", NOTE, "k1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(OutboxState.FAILED);
              assertThat(e.lastError()).isEqualTo("user_not_found");
              assertThat(e.settledAt()).isEqualTo(LEASE.plusSeconds(1));
            });
    assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)), 10))
        .isEmpty();
  }

  @Test
  void aSentMessageIsNeverClaimedAgainEvenWhenAnOvertakenAttemptReportsIt() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    long id = claimOne(outbox, NOW, LEASE).id();
    claimOne(outbox, LEASE, LEASE.plusSeconds(300));

    outbox.markSent(id, "C1/1.000001", LEASE.plusSeconds(2));

    assertThat(outbox.find("T1", NOTE, "k1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(OutboxState.SENT);
              assertThat(e.sent()).contains("C1/1.000001");
              assertThat(e.leaseUntil()).isNull();
              assertThat(e.settledAt()).isEqualTo(LEASE.plusSeconds(2));
            });
    assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)), 10))
        .isEmpty();
  }

  @Test
  void aSkippedMessageIsSettled() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    long id = claimOne(outbox, NOW, LEASE).id();
    assertThat(outbox.markSkipped(id, 1, "nothing left", NOW.plusSeconds(1))).isTrue();
    assertThat(outbox.find("T1", NOTE, "k1").orElseThrow().state()).isEqualTo(OutboxState.SKIPPED);
    assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
  }

  @Test
  void onlyMessagesDeliveredOrSkippedBeforeTheCutOffAreForgottenAndNotOfKeptKinds() {
    OutboxStore outbox = outbox();
    Instant cutOff = NOW.plusSeconds(100);
    outbox.enqueue(note("T1", "sent-old"), NOW);
    outbox.enqueue(note("T1", "skipped-old"), NOW);
    outbox.enqueue(note("T1", "failed-old"), NOW);
    outbox.enqueue(note("T1", "sending"), NOW);
    outbox.enqueue(note("T1", "sent-at-cut-off"), NOW);
    outbox.enqueue(OTHER.message("T1", "kept-kind", new Note("canvas")), NOW);
    List<OutboxEntry> claimed = outbox.claimDue(NOW, LEASE, 6);
    assertThat(claimed).hasSize(6);
    for (OutboxEntry e : claimed) {
      switch (e.dedupeKey()) {
        case "sent-old", "kept-kind" -> outbox.markSent(e.id(), "ts", NOW.plusSeconds(10));
        case "skipped-old" -> outbox.markSkipped(e.id(), 1, "nothing", NOW.plusSeconds(10));
        case "failed-old" -> outbox.markFailed(e.id(), 1, "gone", NOW.plusSeconds(10));
        case "sent-at-cut-off" -> outbox.markSent(e.id(), "ts", cutOff);
        default -> {} // still sending
      }
    }
    outbox.enqueue(note("T1", "pending"), NOW);

    assertThat(outbox.forgetSettled(cutOff, List.of(OTHER), 1)).isEqualTo(1);
    assertThat(outbox.forgetSettled(cutOff, List.of(OTHER), 10)).isEqualTo(1);
    assertThat(outbox.forgetSettled(cutOff, List.of(OTHER), 10)).isZero();

    assertThat(outbox.find("T1", NOTE, "sent-old")).isEmpty();
    assertThat(outbox.find("T1", NOTE, "skipped-old")).isEmpty();
    for (String stays : List.of("failed-old", "sending", "sent-at-cut-off", "pending")) {
      assertThat(outbox.find("T1", NOTE, stays)).as(stays).isPresent();
    }
    assertThat(outbox.find("T1", OTHER, "kept-kind")).isPresent();
    // Forgotten, a key is free again: a new message, not a duplicate of the old one.
    assertThat(outbox.enqueue(note("T1", "sent-old"), cutOff)).isTrue();
  }

  @Test
  void withNoKeptKindsEveryOldDeliveryIsForgotten() {
    OutboxStore outbox = outbox();
    outbox.enqueue(OTHER.message("T1", "k", new Note("x")), NOW);
    long id = claimOne(outbox, NOW, LEASE).id();
    outbox.markSent(id, "ts", NOW);

    assertThat(outbox.forgetSettled(NOW.plusSeconds(1), List.of(), 10)).isEqualTo(1);
    assertThat(outbox.find("T1", OTHER, "k")).isEmpty();
  }

  @Test
  void progressNotedByAnAttemptIsThereForTheNext() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "k1"), NOW);
    long id = claimOne(outbox, NOW, LEASE).id();
    outbox.saveProgress(id, 1, "F0001");
    outbox.markRetry(id, 1, NOW.plusSeconds(10), "network: timeout", true);

    OutboxEntry next = claimOne(outbox, NOW.plusSeconds(10), LEASE);

    assertThat(next.progress()).isEqualTo("F0001");
  }

  @Test
  void theLongestDueAreClaimedFirstAndNoMoreThanAsked() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "late"), NOW.plusSeconds(20));
    outbox.enqueue(note("T1", "early"), NOW);
    outbox.enqueue(note("T1", "middle"), NOW.plusSeconds(10));

    List<OutboxEntry> claimed = outbox.claimDue(NOW.plusSeconds(30), LEASE, 2);

    assertThat(claimed).extracting(OutboxEntry::dedupeKey).containsExactly("early", "middle");
  }

  @Test
  void readsWhichKeysAreThereInBulk() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "a"), NOW);
    outbox.enqueue(note("T1", "b"), NOW);
    outbox.enqueue(note("T2", "c"), NOW);
    outbox.enqueue(OTHER.message("T1", "d", new Note("x")), NOW);

    assertThat(outbox.enqueuedKeys("T1", NOTE, List.of("a", "b", "c", "d", "e")))
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void findsWhereTheLatestDeliveredMessageWithAKeyPrefixLanded() {
    OutboxStore outbox = outbox();
    outbox.enqueue(note("T1", "C1/first"), NOW);
    outbox.enqueue(note("T1", "C1/second"), NOW);
    outbox.enqueue(note("T1", "C1/unsent"), NOW);
    outbox.enqueue(note("T1", "C10/other"), NOW);
    List<OutboxEntry> claimed = outbox.claimDue(NOW, LEASE, 4);
    for (OutboxEntry e : claimed) {
      switch (e.dedupeKey()) {
        case "C1/first" -> outbox.markSent(e.id(), "F-first", NOW.plusSeconds(1));
        case "C1/second" -> outbox.markSent(e.id(), "F-second", NOW.plusSeconds(2));
        case "C10/other" -> outbox.markSent(e.id(), "F-other", NOW.plusSeconds(3));
        default -> outbox.markRetry(e.id(), 1, NOW.plusSeconds(60), "HTTP 500", false);
      }
    }

    assertThat(outbox.latestSentRef("T1", NOTE, "C1/")).contains("F-second");
    assertThat(outbox.latestSentRef("T1", NOTE, "C10/")).contains("F-other");
    assertThat(outbox.latestSentRef("T2", NOTE, "C1/")).isEmpty();
    assertThat(outbox.latestSentRef("T1", OTHER, "C1/")).isEmpty();
  }

  @Test
  void depthCountsWaitingSendingAndGivenUpMessagesByKind() {
    OutboxStore outbox = outbox();
    for (String key : List.of("a", "b", "c", "d")) {
      outbox.enqueue(note("T1", key), NOW);
    }
    outbox.enqueue(OTHER.message("T2", "e", new Note("x")), NOW);
    List<OutboxEntry> claimed = outbox.claimDue(NOW, LEASE, 3);
    outbox.markSent(claimed.get(0).id(), "C1/1", NOW);
    outbox.markFailed(claimed.get(1).id(), 1, "channel_not_found", NOW);

    assertThat(outbox.depth())
        .containsExactlyInAnyOrder(
            new DepthCount("note", OutboxState.PENDING, 1),
            new DepthCount("note", OutboxState.SENDING, 1),
            new DepthCount("note", OutboxState.FAILED, 1),
            new DepthCount("other-note", OutboxState.PENDING, 1));
  }

  @Test
  void manyClaimantsAtOnceOneWinnerForEachMessage() throws Exception {
    OutboxStore outbox = outbox();
    for (int i = 0; i < 20; i++) {
      outbox.enqueue(note("T1", "k" + i), NOW);
    }
    Set<Long> won = ConcurrentHashMap.newKeySet();
    List<Long> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> claimants = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        claimants.add(
            () -> {
              List<OutboxEntry> got;
              do {
                got = outbox.claimDue(NOW, LEASE, 3);
                got.forEach(e -> all.add(e.id()));
                got.forEach(e -> won.add(e.id()));
              } while (!got.isEmpty());
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(claimants)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(won).hasSize(20);
    assertThat(all).as("no message claimed twice").hasSize(20);
  }
}
