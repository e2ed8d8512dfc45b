package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderLedger} must do; the fake and the database run the same tests. */
public abstract class ReminderLedgerContract {

  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  private static final Instant LEASE = NOW.plus(Duration.ofMinutes(5));
  private static final ReminderKey KEY =
      new ReminderKey("T1", "U1", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER);

  protected abstract ReminderLedger ledger();

  @Test
  void theFirstClaimWinsAndOthersWait() {
    ReminderLedger ledger = ledger();
    assertThat(ledger.begin(KEY, NOW, LEASE)).contains(new SendAttempt(1, false, NOW));
    assertThat(ledger.begin(KEY, NOW.plusSeconds(10), LEASE)).isEmpty();
    assertThat(ledger.find(KEY))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.SENDING);
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.leaseUntil()).isEqualTo(LEASE);
            });
  }

  @Test
  void keysDifferByTeamRecipientPeriodAndKind() {
    ReminderLedger ledger = ledger();
    ledger.begin(KEY, NOW, LEASE);
    assertThat(ledger.begin(new ReminderKey("T2", "U1", KEY.period(), KEY.kind()), NOW, LEASE))
        .isPresent();
    assertThat(ledger.begin(new ReminderKey("T1", "U2", KEY.period(), KEY.kind()), NOW, LEASE))
        .isPresent();
    assertThat(
            ledger.begin(
                new ReminderKey("T1", "U1", KEY.period().plusDays(1), KEY.kind()), NOW, LEASE))
        .isPresent();
    assertThat(
            ledger.begin(
                new ReminderKey("T1", "U1", KEY.period(), ReminderKind.ESCALATION), NOW, LEASE))
        .isPresent();
  }

  @Test
  void aSentReminderIsNeverTakenAgain() {
    ReminderLedger ledger = ledger();
    ledger.begin(KEY, NOW, LEASE);
    ledger.markSent(KEY, "D1/123.456");
    assertThat(ledger.begin(KEY, NOW.plus(Duration.ofDays(1)), LEASE.plus(Duration.ofDays(1))))
        .isEmpty();
    assertThat(ledger.find(KEY))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.SENT);
              assertThat(e.sentMessage()).contains("D1/123.456");
            });
  }

  @Test
  void aRetryWaitsForItsTimeAndIsUncertain() {
    ReminderLedger ledger = ledger();
    ledger.begin(KEY, NOW, LEASE);
    ledger.markRetry(KEY, 1, NOW.plusSeconds(30), "ratelimited");
    assertThat(ledger.find(KEY))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.PENDING);
              assertThat(e.lastError()).isEqualTo("ratelimited");
            });
    assertThat(ledger.begin(KEY, NOW.plusSeconds(29), LEASE)).isEmpty();
    assertThat(ledger.begin(KEY, NOW.plusSeconds(30), LEASE.plusSeconds(30)))
        .contains(new SendAttempt(2, true, NOW));
  }

  @Test
  void anAbandonedSendIsTakenOverOnlyAfterItsLease() {
    ReminderLedger ledger = ledger();
    ledger.begin(KEY, NOW, LEASE);
    assertThat(ledger.begin(KEY, LEASE.minusSeconds(1), LEASE.plusSeconds(299))).isEmpty();
    Optional<SendAttempt> taken = ledger.begin(KEY, LEASE, LEASE.plus(Duration.ofMinutes(5)));
    assertThat(taken).contains(new SendAttempt(2, true, NOW));
  }

  @Test
  void aLateWordFromAnOldAttemptDoesNotOverwriteANewerOne() {
    ReminderLedger ledger = ledger();
    ledger.begin(KEY, NOW, LEASE);
    ledger.begin(KEY, LEASE, LEASE.plus(Duration.ofMinutes(5)));
    ledger.markRetry(KEY, 1, LEASE.plusSeconds(60), "timeout from the first sender");
    assertThat(ledger.find(KEY))
        .hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(ReminderState.SENDING));
    ledger.markFailed(KEY, 2, "user_not_found");
    assertThat(ledger.find(KEY))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.FAILED);
              assertThat(e.lastError()).isEqualTo("user_not_found");
            });
    assertThat(ledger.begin(KEY, NOW.plus(Duration.ofDays(1)), LEASE.plus(Duration.ofDays(1))))
        .isEmpty();
  }

  @Test
  void readsTheLinesOfManyKeysAtOnce() {
    ReminderLedger ledger = ledger();
    ReminderKey other = new ReminderKey("T1", "U2", KEY.period(), KEY.kind());
    ReminderKey unclaimed = new ReminderKey("T1", "U3", KEY.period(), KEY.kind());
    ReminderKey crossed = new ReminderKey("T1", "U2", KEY.period().plusDays(1), KEY.kind());
    ReminderKey otherTeam = new ReminderKey("T2", "U1", KEY.period(), KEY.kind());
    ledger.begin(KEY, NOW, LEASE);
    ledger.markSent(KEY, "D1/1");
    ledger.begin(other, NOW, LEASE);
    ledger.begin(otherTeam, NOW, LEASE);
    var found = ledger.findAll("T1", List.of(KEY, other, unclaimed, crossed, otherTeam));
    assertThat(found).containsOnlyKeys(KEY, other);
    assertThat(found.get(KEY).isTakeable(NOW.plus(Duration.ofDays(1)))).isFalse();
    assertThat(found.get(other).isTakeable(NOW)).isFalse();
    assertThat(found.get(other).isTakeable(LEASE)).isTrue();
  }

  @Test
  void manyClaimantsAtOnceOneWinner() throws Exception {
    ReminderLedger ledger = ledger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        claims.add(() -> ledger.begin(KEY, NOW, LEASE).isPresent());
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(claims)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }
}
