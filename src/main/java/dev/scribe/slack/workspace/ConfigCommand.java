package dev.scribe.slack.workspace;

import dev.scribe.common.Times;
import dev.scribe.common.UserFacingException;
import dev.scribe.slack.AdminGate;
import dev.scribe.slack.FactsLearner;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.timeline.Marker;
import dev.scribe.workspace.WorkspaceRules;
import dev.scribe.workspace.WorkspaceRulesRepository;
import dev.scribe.workspace.WorkspaceSettings;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /pm config}: where confirmations go, and which reactions record which markers, for the
 * whole workspace.
 */
public final class ConfigCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm config reaction :fire: impact";

  /** A user group as Slack escapes it in command text, with or without its handle. */
  private static final Pattern USER_GROUP =
      Pattern.compile("<!subteam\\^(S[A-Z0-9]+)(?:\\|@?([^>]+))?>");

  private static final Set<String> CHANGES =
      Set.of(
          "confirmations",
          "reaction",
          "late-events",
          "late",
          "postmortem-due",
          "post-mortem-due",
          "admins");

  private final WorkspaceSettingsRepository settings;
  private final WorkspaceRulesRepository rules;
  private final AdminGate admins;
  private final FactsLearner learner;
  private final boolean confirmationsDefault;
  private final Clock clock;

  public ConfigCommand(
      WorkspaceSettingsRepository settings,
      WorkspaceRulesRepository rules,
      AdminGate admins,
      FactsLearner learner,
      boolean confirmationsDefault,
      Clock clock) {
    this.settings = settings;
    this.rules = rules;
    this.admins = admins;
    this.learner = learner;
    this.confirmationsDefault = confirmationsDefault;
    this.clock = clock;
  }

  @Override
  public List<String> names() {
    return List.of("config", "settings");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm config` shows this workspace's settings; `/pm config confirmations channel|ephemeral`; "
            + "`/pm config reaction :EMOJI: MARKER|action|off` (`action`: the tagged message becomes an "
            + "action item; default :memo:); "
            + "`/pm config late-events 24h|90m|2d|off` (how long after a resolution `/pm event` still "
            + "joins the resolved incident); `/pm config postmortem-due DAYS|off` (when the "
            + "facilitator is reminded of a post-mortem not Final); `/pm config admins @GROUP|none` "
            + "(who besides workspace admins and owners may change these). Changes are for workspace "
            + "admins — `"
            + EXAMPLE
            + "`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
    if (words.length == 0) {
      return Reply.ephemeral(
          describe(
              settings.settings(request.teamId(), confirmationsDefault),
              rules.rules(request.teamId())));
    }
    String verb = words[0].toLowerCase(Locale.ROOT);
    if (CHANGES.contains(verb)) {
      admins.requireAdmin(request, "change Scribe's settings");
    }
    switch (verb) {
      case "confirmations" -> {
        boolean inChannel = words.length == 2 && words[1].equalsIgnoreCase("channel");
        if (words.length != 2 || (!inChannel && !words[1].equalsIgnoreCase("ephemeral"))) {
          throw new UserFacingException(
              "Say `channel` or `ephemeral`.", "/pm config confirmations ephemeral");
        }
        settings.setConfirmationsInChannel(
            request.teamId(), inChannel, request.userId(), clock.instant());
        return Reply.inChannel(
            ":gear: <@"
                + request.userId()
                + "> set event confirmations to "
                + (inChannel ? "*the whole channel*" : "*only the person who recorded it*")
                + " for this workspace.");
      }
      case "reaction" -> {
        if (words.length != 3 || !words[1].matches(":?[a-z0-9_+'\\-]+(::skin-tone-\\d)?:?")) {
          throw new UserFacingException("Give an emoji and a marker (or `off`).", EXAMPLE);
        }
        // A skin tone counts as its base emoji (WorkspaceSettings#markerFor), so store the base.
        String emoji = words[1].replaceAll("^:|:$", "").replaceFirst("::skin-tone-\\d$", "");
        if (words[2].equalsIgnoreCase("action") || words[2].equalsIgnoreCase("action-item")) {
          settings.mapReactionToActionItems(request.teamId(), emoji);
          return Reply.inChannel(
              ":gear: <@"
                  + request.userId()
                  + "> set :"
                  + emoji
                  + ": to record the tagged message as an *action item* in this workspace.");
        }
        Optional<Marker> marker =
            words[2].equalsIgnoreCase("off")
                ? Optional.empty()
                : Optional.of(
                    Marker.fromWord(words[2])
                        .orElseThrow(
                            () ->
                                new UserFacingException(
                                    "`"
                                        + words[2]
                                        + "` is not a marker. Markers: impact, alert, ack, investigating, cause, fix, "
                                        + "restored, resolved, note; or `action` for action items.",
                                    EXAMPLE)));
        settings.mapReaction(request.teamId(), emoji, marker);
        return Reply.inChannel(
            ":gear: <@"
                + request.userId()
                + "> set :"
                + emoji
                + ": to "
                + marker.map(m -> "record *" + m.display() + "*").orElse("record nothing")
                + " in this workspace.");
      }
      case "late-events", "late" -> {
        Duration window = LateEventWindow.parse(words.length == 2 ? words[1] : "");
        rules.setLateEventWindow(request.teamId(), window, request.userId(), clock.instant());
        return Reply.inChannel(
            ":gear: <@"
                + request.userId()
                + "> set: "
                + (window.isZero()
                    ? "`/pm event` after a resolution *starts a new incident*."
                    : "`/pm event` within *"
                        + Times.span(window)
                        + "* of a resolution joins the resolved incident.")
                + " (`/pm start` always declares a new one.)");
      }
      case "admins" -> {
        return setAdminGroup(request, args.strip().substring(words[0].length()).strip());
      }
      case "postmortem-due", "post-mortem-due" -> {
        int days = dueDays(words);
        settings.setPostmortemDueDays(request.teamId(), days, request.userId(), clock.instant());
        return Reply.inChannel(
            ":gear: <@"
                + request.userId()
                + "> set post-mortem reminders to "
                + (days == 0
                    ? "*off* for this workspace."
                    : "*"
                        + days
                        + (days == 1 ? " day" : " days")
                        + "* after an incident is resolved,"
                        + " for this workspace."));
      }
      default ->
          throw new UserFacingException(
              "I can change `confirmations`, `reaction`, `late-events`, `postmortem-due` or `admins`.",
              EXAMPLE);
    }
  }

  /**
   * {@code /pm config admins @group}: Slack sends the group as {@code <!subteam^S123|@handle>} (or
   * {@code <!subteam^S123>}); {@code none} removes it.
   */
  private Reply setAdminGroup(PmRequest request, String what) {
    if (what.equalsIgnoreCase("none") || what.equalsIgnoreCase("off")) {
      rules.setAdminGroup(request.teamId(), Optional.empty(), request.userId(), clock.instant());
      return Reply.inChannel(
          ":gear: <@"
              + request.userId()
              + "> set: only workspace admins and owners may change Scribe's settings.");
    }
    Matcher typed = USER_GROUP.matcher(what);
    if (!typed.matches()) {
      throw new UserFacingException(
          "Name a user group with @ (Slack completes it), or `none`.",
          "/pm config admins @incident-leads");
    }
    String handle = typed.group(2) == null ? typed.group(1) : typed.group(2).strip();
    WorkspaceRules.AdminGroup group = new WorkspaceRules.AdminGroup(typed.group(1), handle);
    rules.setAdminGroup(request.teamId(), Optional.of(group), request.userId(), clock.instant());
    learner.learnGroupLater(request.teamId(), group.id());
    return Reply.inChannel(
        ":gear: <@"
            + request.userId()
            + "> set: workspace admins and owners, and members of the user group `@"
            + handle
            + "`, may change Scribe's settings and stored templates.");
  }

  /** "5", "5d", "5 days" or "off"; from 1 to the most a workspace can set. */
  private static int dueDays(String[] words) {
    String value =
        String.join(" ", List.of(words).subList(1, words.length)).toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("never")) {
      return 0;
    }
    String digits = value.replaceFirst("^(\\d{1,3}) ?(d|days?)?$", "$1");
    if (digits.matches("\\d{1,3}")) {
      int days = Integer.parseInt(digits);
      if (days >= 1 && days <= WorkspaceSettings.MAX_POSTMORTEM_DUE_DAYS) {
        return days;
      }
    }
    throw new UserFacingException(
        "Give a number of days from 1 to "
            + WorkspaceSettings.MAX_POSTMORTEM_DUE_DAYS
            + " after an incident is resolved, or `off`.",
        "/pm config postmortem-due 5");
  }

  private static String describe(WorkspaceSettings s, WorkspaceRules rules) {
    String reactions =
        s.reactions().entrySet().stream()
            .map(
                (Map.Entry<String, Marker> e) -> ":" + e.getKey() + ": → " + e.getValue().display())
            .collect(Collectors.joining("\n• ", "• ", ""));
    return "*Scribe settings for this workspace*\nConfirmations: "
        + (s.confirmationsInChannel() ? "whole channel" : "ephemeral")
        + "\nLate events: "
        + (rules.lateEventWindow().isZero()
            ? "off (`/pm event` after a resolution starts a new incident)"
            : "`/pm event` within "
                + Times.span(rules.lateEventWindow())
                + " of a resolution joins the resolved incident")
        + "\nWho may change settings and templates: workspace admins and owners"
        + rules.adminGroup().map(g -> ", and members of `@" + g.handle() + "`").orElse("")
        + "\nPost-mortem due: "
        + (s.postmortemDueDays() == 0
            ? "never reminded"
            : s.postmortemDueDays()
                + " days after an incident is resolved (the facilitator, else the owner, else"
                + " whoever declared it, is reminded once if it is not Final)")
        + "\nReactions:\n"
        + reactions
        + s.actionItemReactions().stream()
            .map(r -> "\n• :" + r + ": → action item")
            .collect(Collectors.joining());
  }
}
