package dev.scribe.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** "Now" is the receipt time while a request taken earlier is completed, on that thread only. */
class CommandClockTest {

  static final Instant RECEIVED = Instant.parse("2026-11-21T14:58:00Z");

  final SettableClock base = SettableClock.at("2026-11-21T15:10:00Z");
  final CommandClock clock = new CommandClock(base);

  @Test
  void followsTheBaseClockUnlessPinned() {
    assertThat(clock.instant()).isEqualTo(base.instant());
    base.advance(Duration.ofMinutes(1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T15:11:00Z"));
  }

  @Test
  void aPinHoldsOnThisThreadInEveryZoneAndIsLiftedAfter() throws Exception {
    Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
    clock.at(
        RECEIVED,
        () -> {
          assertThat(clock.instant()).isEqualTo(RECEIVED);
          // 23:58 on the 21st in Tokyo at receipt; 00:10 on the 22nd by the base clock.
          assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.parse("2026-11-21"));
          Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).join();
          assertThat(elsewhere).isEqualTo(base.instant());
          clock.at(
              RECEIVED.minusSeconds(60),
              () -> assertThat(clock.instant()).isEqualTo(RECEIVED.minusSeconds(60)));
          assertThat(clock.instant()).isEqualTo(RECEIVED);
          return null;
        });
    assertThat(clock.instant()).isEqualTo(base.instant());
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.parse("2026-11-22"));
  }
}
