package dev.scribe.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.IncidentAction;
import dev.scribe.common.ChangeNotices;
import dev.scribe.common.DeferredRequest;
import dev.scribe.common.UserFacingException;
import dev.scribe.slack.Deferrals;
import dev.scribe.slack.FactNeeded;
import dev.scribe.slack.FactsLearner;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.UserFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action item buttons (Done, Snooze 1 week, Change due date) and the due-date modal, wherever
 * the buttons are: in a reminder DM or on App Home. Each handler writes the change, acknowledges at
 * once, and afterwards updates the reminder message on {@code executor}, or has the clicker's App
 * Home re-published, so Slack's three seconds are never at risk. No handler asks Slack anything
 * before its ack: the clicker's zone comes from Scribe's cache. A snooze ("a week from today") from
 * someone whose zone is not known yet is taken durably and done once Slack tells it, as of the
 * click.
 */
public final class ReminderInteractions {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderInteractions.class);

  /** Where the calendar day begins last (UTC−12): its today is the earliest anywhere. */
  private static final ZoneId EARLIEST_ZONE = ZoneId.of("Etc/GMT+12");

  static final String SNOOZE_KIND = "snooze";

  private final ActionItemService service;
  private final MethodsClient slack;
  private final SlackUserDirectory users;
  private final FactsLearner learner;
  private final Deferrals deferrals;
  private final ZoneId fallbackZone;
  private final Clock clock;
  private final Executor executor;
  private final ChangeNotices homes;

  /**
   * @param homes told when a button on App Home was used, so the clicker's Home is re-published
   */
  public ReminderInteractions(
      ActionItemService service,
      MethodsClient slack,
      SlackUserDirectory users,
      FactsLearner learner,
      Deferrals deferrals,
      ZoneId fallbackZone,
      Clock clock,
      Executor executor,
      ChangeNotices homes) {
    this.service = service;
    this.slack = slack;
    this.users = users;
    this.learner = learner;
    this.deferrals = deferrals;
    deferrals.register(SNOOZE_KIND, this::completeSnooze);
    this.fallbackZone = fallbackZone;
    this.clock = clock;
    this.executor = executor;
    this.homes = homes;
  }

  public void register(App app) {
    app.blockAction(ReminderBlocks.DONE, this::done);
    app.blockAction(ReminderBlocks.SNOOZE, this::snooze);
    app.blockAction(ReminderBlocks.CHANGE_DUE, this::openDueDateModal);
    app.viewSubmission(DueDateModal.CALLBACK_ID, this::changeDue);
  }

  private Response done(BlockActionRequest req, ActionContext ctx) {
    Clicked c = Clicked.of(req.getPayload());
    String outcome =
        outcome(
            ctx.getTeamId(),
            c.userId(),
            () -> {
              service.doneById(ctx.getTeamId(), c.itemId());
              return ":white_check_mark: Done — marked by <@" + c.userId() + ">";
            });
    settle(ctx, c, outcome);
    return ctx.ack();
  }

  private Response snooze(BlockActionRequest req, ActionContext ctx) {
    Clicked c = Clicked.of(req.getPayload());
    Optional<ZoneId> zone = users.known(ctx.getTeamId(), c.userId()).zone();
    if (zone.isEmpty()) {
      // "A week from today" depends on the clicker's day: taken now, done once Slack says it.
      DueDateModal.Origin origin =
          c.onHome()
              ? DueDateModal.Origin.home(c.itemId())
              : new DueDateModal.Origin(c.itemId(), c.channelId(), c.messageTs());
      deferrals.take(
          new DeferredRequest(
              0,
              ctx.getTeamId(),
              c.onHome() ? "-" : c.channelId(),
              c.userId(),
              SNOOZE_KIND,
              origin.encode(),
              null,
              clock.instant(),
              FactNeeded.Fact.ZONE.stored(),
              0),
          FactNeeded.Fact.ZONE);
      return ctx.ack();
    }
    settle(ctx, c, snoozed(ctx.getTeamId(), c.itemId(), c.userId(), zone.get()));
    return ctx.ack();
  }

  private String snoozed(String teamId, long itemId, String userId, ZoneId zone) {
    return outcome(
        teamId,
        userId,
        () -> {
          IncidentAction a = service.snoozeById(teamId, itemId, zone);
          return ":zzz: Snoozed until "
              + ActionItemText.day(a.item().snoozedUntil())
              + " by <@"
              + userId
              + ">";
        });
  }

  /** A snooze taken before the clicker's zone was known, done as of the click. */
  private Optional<Deferrals.Answer> completeSnooze(
      DeferredRequest taken, UserFacts facts, boolean givingUp) {
    DueDateModal.Origin origin =
        DueDateModal.Origin.decode(taken.body())
            .orElseThrow(() -> new IllegalStateException("not a snooze: " + taken.body()));
    String outcome =
        snoozed(taken.teamId(), origin.itemId(), taken.userId(), facts.zone().orElse(fallbackZone));
    if (origin.onHome()) {
      homes.itemsChanged(taken.teamId(), List.of(taken.userId()));
    } else {
      later(
          () ->
              update(
                  slack,
                  origin.channelId(),
                  origin.messageTs(),
                  current(slack, origin),
                  origin.itemId(),
                  outcome));
    }
    return Optional.empty();
  }

  private Response openDueDateModal(BlockActionRequest req, ActionContext ctx) {
    Clicked c = Clicked.of(req.getPayload());
    DueDateModal.Origin origin =
        c.onHome()
            ? DueDateModal.Origin.home(c.itemId())
            : new DueDateModal.Origin(c.itemId(), c.channelId(), c.messageTs());
    try {
      IncidentAction a = service.byId(ctx.getTeamId(), c.itemId());
      LocalDate today = LocalDate.now(clock.withZone(zoneOf(ctx.getTeamId(), c.userId())));
      String trigger = req.getPayload().getTriggerId();
      later(
          () ->
              ctx.client()
                  .viewsOpen(
                      r ->
                          r.triggerId(trigger)
                              .view(
                                  DueDateModal.of(
                                      a, origin, today, shown(ctx.getTeamId(), c.userId())))));
    } catch (UserFacingException e) {
      settle(ctx, c, shown(ctx.getTeamId(), c.userId()).apply(":warning: " + e.problem()));
    }
    return ctx.ack();
  }

  private Response changeDue(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    var view = req.getPayload().getView();
    String user = req.getPayload().getUser().getId();
    DueDateModal.Origin origin = DueDateModal.Origin.decode(view.getPrivateMetadata()).orElse(null);
    // A picked day is a calendar day, whatever the zone; only "not in the past" needs one. With
    // the zone not known yet, no day that is today somewhere on Earth is refused.
    LocalDate today =
        users
            .known(ctx.getTeamId(), user)
            .zone()
            .map(zone -> LocalDate.now(clock.withZone(zone)))
            .orElseGet(() -> LocalDate.now(clock.withZone(EARLIEST_ZONE)));
    learner.learnLater(ctx.getTeamId(), user);
    LocalDate picked = DueDateModal.picked(view).orElse(null);
    if (origin == null || picked == null) {
      return ctx.ackWithErrors(Map.of(DueDateModal.BLOCK, "Pick a date."));
    }
    if (picked.isBefore(today)) {
      return ctx.ackWithErrors(Map.of(DueDateModal.BLOCK, "Pick today or a later day."));
    }
    String outcome =
        outcome(
            ctx.getTeamId(),
            user,
            () -> {
              service.changeDueById(ctx.getTeamId(), origin.itemId(), picked);
              return ":calendar: Due date moved to "
                  + ActionItemText.day(picked)
                  + " by <@"
                  + user
                  + ">";
            });
    MethodsClient client = ctx.client();
    if (origin.onHome()) {
      homes.itemsChanged(ctx.getTeamId(), List.of(user));
    } else {
      later(
          () ->
              update(
                  client,
                  origin.channelId(),
                  origin.messageTs(),
                  current(client, origin),
                  origin.itemId(),
                  outcome));
    }
    return ctx.ack();
  }

  /** The reminder message as it is now: the modal's submission does not carry it. */
  private static List<LayoutBlock> current(MethodsClient slack, DueDateModal.Origin origin)
      throws Exception {
    ConversationsHistoryResponse history =
        slack.conversationsHistory(
            r -> r.channel(origin.channelId()).latest(origin.messageTs()).inclusive(true).limit(1));
    return history.getMessages() == null
        ? List.of()
        : history.getMessages().stream()
            .filter(m -> origin.messageTs().equals(m.getTs()))
            .findFirst()
            .map(Message::getBlocks)
            .orElse(List.of());
  }

  /**
   * After the ack: a reminder message shows the outcome in place of the buttons; App Home is
   * re-published, with the item's new state.
   */
  private void settle(ActionContext ctx, Clicked c, String outcome) {
    if (c.onHome()) {
      homes.itemsChanged(ctx.getTeamId(), List.of(c.userId()));
    } else {
      later(
          () ->
              update(ctx.client(), c.channelId(), c.messageTs(), c.blocks(), c.itemId(), outcome));
    }
  }

  private static void update(
      MethodsClient slack,
      String channel,
      String ts,
      List<LayoutBlock> blocks,
      long itemId,
      String outcome)
      throws Exception {
    if (blocks.isEmpty()) {
      return;
    }
    Optional<List<LayoutBlock>> settled = ReminderBlocks.settle(blocks, itemId, outcome);
    if (settled.isEmpty()) {
      // Nothing to show: an update would only spend a call of a rate-limited method.
      LOG.info(
          "Reminder message {} in {} shows nothing of item {}; left as it is", ts, channel, itemId);
      return;
    }
    slack.chatUpdate(r -> r.channel(channel).ts(ts).text(outcome).blocks(settled.get()));
  }

  /** The clicker's zone as Scribe knows it, without asking Slack; learned after the ack if not. */
  private ZoneId zoneOf(String teamId, String userId) {
    learner.learnLater(teamId, userId);
    return users.known(teamId, userId).zone().orElse(fallbackZone);
  }

  /** A change that may be refused (the item was deleted): the refusal is shown in its place. */
  private interface Change {
    String apply();
  }

  private String outcome(String teamId, String clicker, Change change) {
    String text;
    try {
      text = change.apply();
    } catch (UserFacingException e) {
      text = ":warning: " + e.problem();
    }
    return shown(teamId, clicker).apply(text);
  }

  /** Text for the person who clicked, in their own conversation: it mentions nobody else. */
  private UnaryOperator<String> shown(String teamId, String clicker) {
    return text -> InertMrkdwn.of(text, Set.of(clicker), id -> users.knownDisplayName(teamId, id));
  }

  /** Work after the ack; a Slack failure here loses only a cosmetic update, so it is logged. */
  private interface SlackWork {
    void run() throws Exception;
  }

  private void later(SlackWork work) {
    executor.execute(
        () -> {
          try {
            work.run();
          } catch (Exception e) {
            LOG.warn("Updating a reminder message failed: {}", e.toString());
          }
        });
  }

  /** What a button click says: who, which item, and where the message is (none on App Home). */
  private record Clicked(
      long itemId, String userId, String channelId, String messageTs, List<LayoutBlock> blocks) {

    boolean onHome() {
      return channelId == null || messageTs == null;
    }

    static Clicked of(BlockActionPayload p) {
      String value = p.getActions().get(0).getValue();
      if (value == null || !value.matches("\\d{1,18}")) {
        throw new IllegalArgumentException("not a reminder button: " + value);
      }
      List<LayoutBlock> blocks =
          p.getMessage() == null || p.getMessage().getBlocks() == null
              ? List.of()
              : p.getMessage().getBlocks();
      boolean inMessage = p.getContainer() != null && "message".equals(p.getContainer().getType());
      return new Clicked(
          Long.parseLong(value),
          p.getUser().getId(),
          inMessage ? p.getContainer().getChannelId() : null,
          inMessage ? p.getContainer().getMessageTs() : null,
          blocks);
    }
  }
}
