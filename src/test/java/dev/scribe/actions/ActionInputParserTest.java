package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActionInputParserTest {

  private final ActionInputParser parser =
      new ActionInputParser(
          new DueDateParser(
              Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC));

  @Test
  void readsTextOwnerDueAndPriority() {
    ActionInput in = parser.parse("Add an alert on queue depth <@U123|alice> due:friday high");
    assertThat(in.text()).contains("Add an alert on queue depth");
    assertThat(in.ownerId()).contains("U123");
    assertThat(in.due()).contains(LocalDate.parse("2026-11-27"));
    assertThat(in.priority()).contains(Priority.HIGH);
    assertThat(in.kind()).isEmpty();
  }

  @Test
  void readsMentionsWithoutNameAndShortPriorities() {
    ActionInput in = parser.parse("Rotate keys <@W9ABC> p1 long-term");
    assertThat(in.ownerId()).contains("W9ABC");
    assertThat(in.priority()).contains(Priority.CRITICAL);
    assertThat(in.kind()).contains(ActionKind.LONG_TERM);
  }

  @Test
  void readsMultiWordDatesAfterDue() {
    assertThat(parser.parse("Fix it due:next week").due()).contains(LocalDate.parse("2026-11-30"));
    assertThat(parser.parse("Fix it due:dec 1 low").due()).contains(LocalDate.parse("2026-12-01"));
    assertThat(parser.parse("Fix it due: in 3 days").due()).contains(LocalDate.parse("2026-11-26"));
    assertThat(parser.parse("Fix it due:dec 1 low").priority()).contains(Priority.LOW);
  }

  @Test
  void readsTicketLinksBareOrNamed() {
    assertThat(parser.parse("Add retries <https://jira.example.com/browse/OPS-1>").ticketUrl())
        .contains("https://jira.example.com/browse/OPS-1");
    ActionInput named =
        parser.parse("Add retries ticket:<https://jira.example.com/browse/OPS-2|OPS-2>");
    assertThat(named.ticketUrl()).contains("https://jira.example.com/browse/OPS-2");
    assertThat(named.text()).contains("Add retries");
  }

  @Test
  void keepsMentionsAndPriorityWordsInsideTheText() {
    ActionInput in = parser.parse("Ask <@U1> whether high load is the cause kind:process");
    assertThat(in.text()).contains("Ask <@U1> whether high load is the cause");
    assertThat(in.ownerId()).isEmpty();
    assertThat(in.priority()).isEmpty();
    assertThat(in.kind()).contains(ActionKind.PROCESS);
  }

  @Test
  void quotedTextIsNeverReadAsOptions() {
    ActionInput in = parser.parse("\"Make the alert threshold low\" <@U1>");
    assertThat(in.text()).contains("Make the alert threshold low");
    assertThat(in.priority()).isEmpty();
    assertThat(in.ownerId()).contains("U1");
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> parser.parse("Fix it due:someday"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("someday")
        .satisfies(e -> assertThat(((UserFacingException) e).example()).isPresent());
    assertThatThrownBy(() -> parser.parse("Fix it @alice"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("@alice");
    assertThatThrownBy(() -> parser.parse("<@U1> high")).hasMessageContaining("description");
    assertThatThrownBy(() -> parser.parse("Fix <@U1> <@U2>")).hasMessageContaining("one owner");
    assertThatThrownBy(() -> parser.parse("Fix priority:urgent")).hasMessageContaining("urgent");
    assertThatThrownBy(() -> parser.parse("Fix it due:")).hasMessageContaining("after `due:`");
  }

  @Test
  void editsMayGiveOnlySomeParts() {
    ActionInput in = parser.parseEdit("due:+7d <@U2>");
    assertThat(in.text()).isEmpty();
    assertThat(in.due()).contains(LocalDate.parse("2026-11-30"));
    assertThat(in.ownerId()).contains("U2");
    assertThatThrownBy(() -> parser.parseEdit("  ")).isInstanceOf(UserFacingException.class);
  }
}
