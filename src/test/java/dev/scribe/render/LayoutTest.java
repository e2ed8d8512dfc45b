package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void labelsThatWouldOverlapGoToDifferentLanes() {
    LabelLanes lanes = new LabelLanes();

    int right = lanes.place(500, 500, 700);
    int left = lanes.place(450, 450, 650);
    int farLeft = lanes.place(100, 100, 200);

    assertThat(right).isZero();
    assertThat(left).isEqualTo(1);
    assertThat(farLeft).isZero();
  }

  @Test
  void aPinDoesNotCrossALowerLabel() {
    LabelLanes lanes = new LabelLanes();
    lanes.place(300, 300, 500);
    lanes.place(200, 200, 420);

    // At x=250 lane 0 is free of boxes, but the pin of the label in lane 1 passes at x=200.
    assertThat(lanes.place(190, 190, 250)).isEqualTo(2);
    assertThat(lanes.count()).isEqualTo(3);
  }

  @Test
  void ticksFallOnRoundLocalTimesAcrossTheEndOfSummerTime() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    TimeAxis axis =
        new TimeAxis(
            Instant.parse("2026-10-24T22:00:00Z"),
            Instant.parse("2026-10-25T04:00:00Z"),
            0,
            1000,
            berlin);

    List<String> ticks =
        axis.ticks().stream()
            .map(t -> DateTimeFormatter.ofPattern("HH:mm").format(t.atZone(berlin)))
            .toList();

    assertThat(ticks).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(ticks).allMatch(t -> t.endsWith(":00"));
    assertThat(ticks).contains("01:00", "05:00");
  }

  @Test
  void positionsGrowWithTime() {
    TimeAxis axis =
        new TimeAxis(
            Instant.parse("2026-11-21T20:00:00Z"),
            Instant.parse("2026-11-21T21:00:00Z"),
            60,
            1340,
            ZoneId.of("UTC"));

    int start = axis.x(Instant.parse("2026-11-21T20:00:00Z"));
    int end = axis.x(Instant.parse("2026-11-21T21:00:00Z"));

    assertThat(start).isGreaterThan(60);
    assertThat(end).isLessThan(1340).isGreaterThan(start);
  }
}
