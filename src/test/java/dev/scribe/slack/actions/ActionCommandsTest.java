package dev.scribe.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.FakeActionItemRepository;
import dev.scribe.actions.Priority;
import dev.scribe.actions.TestData;
import dev.scribe.common.UserFacingException;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.slack.PmDispatcher;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionCommandsTest {

  // Monday 2026-11-23 10:00 UTC
  private final SettableClock clock = SettableClock.at("2026-11-23T10:00:00Z");
  private final FakeActionItemRepository repo = new FakeActionItemRepository();
  private final Incident incident = repo.addIncident(TestData.incident(1, "UBOSS"));
  private final IncidentLocator here =
      (team, channel) ->
          channel.equals(incident.channelId()) ? Optional.of(incident) : Optional.empty();
  private final ActionItemService service =
      new ActionItemService(repo, dev.scribe.common.Transactor.inline(), clock);
  private final ActionCommand action = new ActionCommand(here, service, clock);
  private final ActionsCommand actions = new ActionsCommand(here, service, clock);
  private final DoneCommand done = new DoneCommand(here, service, clock);
  private final PmRequest alice =
      new PmRequest(TestData.TEAM, incident.channelId(), "UALICE", ZoneId.of("Europe/Paris"), null);

  @Test
  void recordsAnItemAndConfirmsWhatItUnderstood() {
    Reply reply = action.handle(alice, "Add an alert on queue depth <@U123|bob> due:friday high");
    ActionItem stored = repo.byNumber(TestData.TEAM, incident.id(), 1).orElseThrow();
    assertThat(stored.ownerId()).isEqualTo("U123");
    assertThat(stored.dueDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(stored.priority()).isEqualTo(Priority.HIGH);
    assertThat(stored.kind()).isEqualTo(ActionKind.SHORT_TERM);
    assertThat(stored.createdBy()).isEqualTo("UALICE");
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.CONFIRMATION);
    assertThat(reply.text())
        .contains("*1.* Add an alert on queue depth", "<@U123>", "Fri 2026-11-27", "high");
  }

  @Test
  void oldReminderButtonsCannotSnoozeOrMoveAClosedItem() {
    action.handle(alice, "Write the timeline due:2026-11-30");
    ActionItem item = repo.byNumber(TestData.TEAM, incident.id(), 1).orElseThrow();
    service.doneById(TestData.TEAM, item.id());

    assertThatThrownBy(() -> service.snoozeById(TestData.TEAM, item.id(), ZoneId.of("UTC")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("already done");
    assertThatThrownBy(
            () -> service.changeDueById(TestData.TEAM, item.id(), LocalDate.parse("2026-12-24")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("already done");
    ActionItem after = repo.byNumber(TestData.TEAM, incident.id(), 1).orElseThrow();
    assertThat(after.status()).isEqualTo(ActionStatus.DONE);
    assertThat(after.closedAt()).isNotNull();
    assertThat(after.dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));
  }

  @Test
  void aLongListIsCutToWhatSlackShowsAndSaysHowManyAreLeftOut() {
    List<String> lines = java.util.Collections.nCopies(1_000, "x".repeat(99));
    String text = ActionsCommand.fitted("*Items*", lines);
    assertThat(text.length()).isLessThan(40_000);
    assertThat(text).endsWith("_… and 651 more; `scribe export` lists them all._");
  }

  @Test
  void anEditCanTakeTheOwnerAndTheDueDateAway() {
    action.handle(alice, "Write the runbook <@U123|bob> due:2026-11-30 high");
    action.handle(alice, "edit 1 owner:none due:none");
    ActionItem item = repo.byNumber(TestData.TEAM, incident.id(), 1).orElseThrow();
    assertThat(item.ownerId()).isNull();
    assertThat(item.dueDate()).isNull();
    assertThat(item.priority()).isEqualTo(Priority.HIGH);
    assertThatThrownBy(() -> action.handle(alice, "edit 1 due:none due:friday"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("one due date");
  }

  @Test
  void aPastDueDateIsKeptWithAWarning() {
    Reply reply = action.handle(alice, "Write the timeline due:2026-11-20");
    assertThat(repo.byNumber(TestData.TEAM, incident.id(), 1)).isPresent();
    assertThat(reply.text()).contains(":warning:", "in the past", "overdue");
  }

  @Test
  void editsOnlyTheGivenPartsAndDropsAndCompletes() {
    action.handle(alice, "Add retries <@U1> due:+7d p2");
    action.handle(alice, "edit 1 due:+14d");
    ActionItem edited = repo.byNumber(TestData.TEAM, incident.id(), 1).orElseThrow();
    assertThat(edited.text()).isEqualTo("Add retries");
    assertThat(edited.ownerId()).isEqualTo("U1");
    assertThat(edited.dueDate()).isEqualTo(LocalDate.parse("2026-12-07"));

    action.handle(alice, "Second thing");
    action.handle(alice, "drop 2");
    Reply completed = done.handle(alice, "1");
    assertThat(completed.text()).contains("completed", ":white_check_mark: done");
    assertThat(repo.forIncident(TestData.TEAM, incident.id()))
        .extracting(ActionItem::status)
        .containsExactly(ActionStatus.DONE, ActionStatus.DROPPED);
  }

  @Test
  void listsTheIncidentsItemsAndMine() {
    action.handle(alice, "Add retries <@UALICE> due:2026-11-20");
    action.handle(alice, "Write runbook <@U2>");
    Reply list = actions.handle(alice, "");
    assertThat(list.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(list.text())
        .contains("INC-2026-001", "*1.* Add retries", "*overdue*", "*2.* Write runbook");
    Reply mine = actions.handle(alice, "mine");
    assertThat(mine.text())
        .contains("INC-2026-001 #1", "Add retries")
        .doesNotContain("Write runbook");
  }

  @Test
  void plugsIntoTheDispatcherWithHelp() {
    PmDispatcher dispatcher = new PmDispatcher(List.of(action, actions, done));
    dispatcher.dispatch(alice, "action Add retries <@U1> due:tomorrow");
    assertThat(dispatcher.dispatch(alice, "actions").text())
        .contains("Add retries", "Tue 2026-11-24");
    assertThat(dispatcher.help().text())
        .contains(
            "/pm action TEXT",
            "/pm action edit N",
            "/pm action drop N",
            "/pm actions mine",
            "/pm done N");
  }

  @Test
  void badInputIsAFriendlyErrorAndWritesNothing() {
    assertThatThrownBy(() -> action.handle(alice, "Fix it due:someday"))
        .isInstanceOf(UserFacingException.class);
    assertThatThrownBy(() -> done.handle(alice, "seven"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("seven");
    assertThatThrownBy(() -> done.handle(alice, "9")).hasMessageContaining("no action item 9");
    assertThatThrownBy(() -> action.handle(alice, "edit 1"))
        .isInstanceOf(UserFacingException.class);
    PmRequest elsewhere = new PmRequest(TestData.TEAM, "COTHER", "UALICE", ZoneId.of("UTC"), null);
    assertThatThrownBy(() -> actions.handle(elsewhere, "")).hasMessageContaining("no incident");
    assertThat(repo.forIncident(TestData.TEAM, incident.id())).isEmpty();
  }
}
