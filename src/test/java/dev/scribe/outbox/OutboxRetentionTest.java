package dev.scribe.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Old deliveries are forgotten in batches until none is left; recent ones and kept kinds stay. */
class OutboxRetentionTest {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final FakeOutbox outbox = new FakeOutbox();
  final SettableClock clock = SettableClock.at(START.toString());

  @Test
  void everyMessageDeliveredMoreThanNinetyDaysAgoIsForgottenWhateverTheBatches() {
    int old = OutboxRetention.BATCH * 2 + 7;
    for (int i = 0; i < old; i++) {
      sent(OutboxContract.NOTE, "old-" + i);
    }
    sent(OutboxContract.OTHER, "canvas");
    clock.advance(Duration.ofDays(60));
    sent(OutboxContract.NOTE, "recent");
    clock.advance(Duration.ofDays(31)); // the first ones are 91 days old, "recent" 31

    int forgotten = new OutboxRetention(outbox, List.of(OutboxContract.OTHER), clock).forgetOld();

    assertThat(forgotten).isEqualTo(old);
    assertThat(outbox.find("T1", OutboxContract.NOTE, "old-0")).isEmpty();
    assertThat(outbox.find("T1", OutboxContract.NOTE, "recent")).isPresent();
    assertThat(outbox.find("T1", OutboxContract.OTHER, "canvas")).isPresent();
  }

  private void sent(MessageKind<OutboxContract.Note> kind, String key) {
    outbox.enqueue(kind.message("T1", key, new OutboxContract.Note(key)), clock.instant());
    OutboxEntry e = outbox.claimDue(clock.instant(), clock.instant().plusSeconds(60), 1).get(0);
    outbox.markSent(e.id(), "ts", clock.instant());
  }
}
