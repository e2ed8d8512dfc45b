package dev.scribe.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.actions.SweepReport;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReminderSchedulerTest {

  @Test
  void sweepsEveryIntervalSurvivesAFailedSweepAndStops() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    ReminderScheduler scheduler =
        new ReminderScheduler(
            () -> {
              if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("database briefly unavailable");
              }
              return SweepReport.empty();
            },
            Duration.ofMillis(20));
    scheduler.start(Duration.ZERO);
    await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 4);
    scheduler.close();
    int afterStop = runs.get();
    Thread.sleep(100);
    assertThat(runs.get()).isEqualTo(afterStop);
  }
}
