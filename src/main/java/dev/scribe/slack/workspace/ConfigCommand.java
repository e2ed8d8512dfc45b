package dev.scribe.slack.workspace;

import dev.scribe.common.Times;
import dev.scribe.common.UserFacingException;
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
import java.util.stream.Collectors;

/**
 * {@code /pm config}: where confirmations go, and which reactions record which markers, for the
 * whole workspace.
 */
public final class ConfigCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm config reaction :fire: impact";

  private final WorkspaceSettingsRepository settings;
  private final WorkspaceRulesRepository rules;
  private final boolean confirmationsDefault;
  private final Clock clock;

  public ConfigCommand(
      WorkspaceSettingsRepository settings,
      WorkspaceRulesRepository rules,
      boolean confirmationsDefault,
      Clock clock) {
    this.settings = settings;
    this.rules = rules;
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
            + "`/pm config reaction :EMOJI: MARKER|off`; "
            + "`/pm config late-events 24h|90m|2d|off` (how long after a resolution `/pm event` still "
            + "joins the resolved incident) — `"
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
    switch (words[0].toLowerCase(Locale.ROOT)) {
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
                                        + "restored, resolved, note.",
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
      default ->
          throw new UserFacingException(
              "I can change `confirmations`, `reaction` or `late-events`.", EXAMPLE);
    }
  }

  private static String describe(WorkspaceSettings s, WorkspaceRules r) {
    String reactions =
        s.reactions().entrySet().stream()
            .map(
                (Map.Entry<String, Marker> e) -> ":" + e.getKey() + ": → " + e.getValue().display())
            .collect(Collectors.joining("\n• ", "• ", ""));
    return "*Scribe settings for this workspace*\nConfirmations: "
        + (s.confirmationsInChannel() ? "whole channel" : "ephemeral")
        + "\nLate events: "
        + (r.lateEventWindow().isZero()
            ? "off (`/pm event` after a resolution starts a new incident)"
            : "`/pm event` within "
                + Times.span(r.lateEventWindow())
                + " of a resolution joins the resolved incident")
        + "\nReactions:\n"
        + reactions;
  }
}
