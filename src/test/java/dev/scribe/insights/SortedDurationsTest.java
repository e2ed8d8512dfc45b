package dev.scribe.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: the value at rank ⌈p·n⌉, always one of the values. */
class SortedDurationsTest {

  static SortedDurations minutes(long... values) {
    return SortedDurations.of(LongStream.of(values).mapToObj(Duration::ofMinutes).toList());
  }

  @Test
  void sortsWhatItIsGiven() {
    SortedDurations d = minutes(30, 5, 10, 1);
    assertThat(d.min()).isEqualTo(Duration.ofMinutes(1));
    assertThat(d.max()).isEqualTo(Duration.ofMinutes(30));
    assertThat(d.count()).isEqualTo(4);
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    assertThat(minutes(7, 1, 3, 100, 5).median()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theMedianOfAnEvenCountIsTheLowerMiddleValueNotTheirAverage() {
    assertThat(minutes(1, 2, 3, 4).median()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void p90OfTenValuesIsTheNinthAndOfElevenTheTenth() {
    long[] ten = LongStream.rangeClosed(1, 10).toArray();
    assertThat(minutes(ten).p90()).isEqualTo(Duration.ofMinutes(9));
    long[] eleven = LongStream.rangeClosed(1, 11).toArray();
    // ⌈0.9 × 11⌉ = ⌈9.9⌉ = 10
    assertThat(minutes(eleven).p90()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void oneValueIsEveryPercentile() {
    SortedDurations one = minutes(42);
    assertThat(List.of(one.min(), one.median(), one.p90(), one.max()))
        .containsOnly(Duration.ofMinutes(42));
  }

  @Test
  void aLongTailMovesTheMeanButNotTheMedian() {
    SortedDurations d = minutes(10, 11, 12, 13, 14, 15, 16, 17, 18, 2_000);
    assertThat(d.median()).isEqualTo(Duration.ofMinutes(14));
    assertThat(d.p90()).isEqualTo(Duration.ofMinutes(18));
    assertThat(d.max()).isEqualTo(Duration.ofMinutes(2_000));
  }

  @Test
  void percentilesNeedValuesAndASensibleP() {
    assertThatThrownBy(() -> SortedDurations.empty().median())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> minutes(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> minutes(1).percentile(101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSampleSpreadsOverTheRanksAndKeepsBothEnds() {
    SortedDurations d = SortedDurations.ofMillis(LongStream.range(0, 1_000).toArray(), 1_000);
    List<Duration> sample = d.sample(5);
    assertThat(sample).extracting(Duration::toMillis).containsExactly(0L, 249L, 499L, 749L, 999L);
    assertThat(minutes(3, 1).sample(5))
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(3));
  }
}
