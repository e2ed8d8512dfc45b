package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

  @Test
  void defaultsWhenNothingIsSet() {
    List<String> problems = new ArrayList<>();
    ReminderSettings s = ReminderSettings.fromEnvironment(Map.of(), problems);
    assertThat(problems).isEmpty();
    assertThat(s).isEqualTo(ReminderSettings.defaults());
    assertThat(s.remindAt()).isEqualTo(LocalTime.of(9, 0));
    assertThat(s.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.escalateAfter()).contains(Period.ofDays(7));
    assertThat(s.digestChannel()).isEmpty();
  }

  @Test
  void readsEveryVariable() {
    List<String> problems = new ArrayList<>();
    ReminderSettings s =
        ReminderSettings.fromEnvironment(
            Map.of(
                "SCRIBE_REMINDER_TIME", "10:30",
                "SCRIBE_WORKING_HOURS", "08:00-17:00",
                "SCRIBE_WORKING_DAYS", "SUN-THU",
                "SCRIBE_REMINDER_INTERVAL", "PT5M",
                "SCRIBE_ESCALATE_AFTER", "2w",
                "SCRIBE_DIGEST_CHANNEL", "C0123ABCD",
                "SCRIBE_DIGEST_DAY", "friday",
                "SCRIBE_TIMEZONE", "Asia/Jerusalem"),
            problems);
    assertThat(problems).isEmpty();
    assertThat(s.remindAt()).isEqualTo(LocalTime.of(10, 30));
    assertThat(s.workStart()).isEqualTo(LocalTime.of(8, 0));
    assertThat(s.workEnd()).isEqualTo(LocalTime.of(17, 0));
    assertThat(s.workingDays())
        .containsExactlyInAnyOrder(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY);
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.escalateAfter()).contains(Period.ofDays(14));
    assertThat(s.digestChannel()).contains("C0123ABCD");
    assertThat(s.digestDay()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(s.fallbackZone()).isEqualTo(ZoneId.of("Asia/Jerusalem"));
  }

  @Test
  void shortIntervalsAndEscalationOff() {
    List<String> problems = new ArrayList<>();
    ReminderSettings s =
        ReminderSettings.fromEnvironment(
            Map.of("SCRIBE_REMINDER_INTERVAL", "15m", "SCRIBE_ESCALATE_AFTER", "off"), problems);
    assertThat(problems).isEmpty();
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.escalateAfter()).isEqualTo(Optional.empty());
  }

  @Test
  void reportsEveryBadValueAndNeverThrows() {
    List<String> problems = new ArrayList<>();
    ReminderSettings s =
        ReminderSettings.fromEnvironment(
            Map.of(
                "SCRIBE_REMINDER_TIME", "25:00",
                "SCRIBE_WORKING_HOURS", "18:00-09:00",
                "SCRIBE_WORKING_DAYS", "MON-FUNDAY",
                "SCRIBE_REMINDER_INTERVAL", "often",
                "SCRIBE_ESCALATE_AFTER", "3h",
                "SCRIBE_DIGEST_CHANNEL", "#incidents",
                "SCRIBE_DIGEST_DAY", "someday"),
            problems);
    assertThat(problems).hasSize(7);
    assertThat(problems).allSatisfy(p -> assertThat(p).startsWith("SCRIBE_").endsWith("."));
    assertThat(problems.get(0)).contains("25:00");
    assertThat(s).isEqualTo(ReminderSettings.defaults());
  }

  @Test
  void anIntervalUnderTenSecondsIsRefusedWithTheRuleItBreaks() {
    List<String> problems = new ArrayList<>();
    ReminderSettings.fromEnvironment(Map.of("SCRIBE_REMINDER_INTERVAL", "5s"), problems);
    assertThat(problems)
        .singleElement()
        .asString()
        .contains("`5s`")
        .contains("at least 10 seconds")
        .contains("30s, 15m or 1h")
        .contains("PT15M");
  }
}
