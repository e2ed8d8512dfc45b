package dev.scribe.slack;

import dev.scribe.common.UserFacingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routes {@code /pm NAME ARGS} to its subcommand; {@code /pm} alone and {@code /pm help} list them
 * all.
 */
public final class PmDispatcher {

  private final Map<String, PmSubcommand> byName = new LinkedHashMap<>();
  private final List<PmSubcommand> subcommands;

  public PmDispatcher(List<PmSubcommand> subcommands) {
    this.subcommands = List.copyOf(subcommands);
    for (PmSubcommand subcommand : subcommands) {
      for (String name : subcommand.names()) {
        if (byName.put(name, subcommand) != null) {
          throw new IllegalArgumentException("two subcommands named " + name);
        }
      }
    }
  }

  public Reply dispatch(PmRequest request, String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      return help();
    }
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    String typedName = trimmed.substring(0, space);
    String name = typedName.toLowerCase(Locale.ROOT);
    String args = trimmed.substring(space).strip();
    if (name.equals("help")) {
      return help();
    }
    PmSubcommand subcommand = byName.get(name);
    if (subcommand == null) {
      throw new UserFacingException(
          "I don't know `/pm " + typedName + "`. `/pm help` lists what I can do.",
          "/pm event 14:03 ack: on-call acknowledged the page");
    }
    return subcommand.handle(request, args);
  }

  /** Every subcommand with its examples. */
  public Reply help() {
    List<String> lines = new ArrayList<>();
    lines.add("*Scribe* records the incident timeline and drafts the post-mortem. Commands:");
    for (PmSubcommand subcommand : subcommands) {
      lines.addAll(subcommand.help());
    }
    lines.add("");
    lines.add(
        "*WHEN* (optional): `14:03`, `14:03:20`, `2026-11-21 14:03`, `2019-07-02T13:42Z`, "
            + "`-15m`, `-1h30m`, `14:03 UTC`, `yesterday 23:50`. Times are in your Slack time zone; "
            + "the first time Scribe sees you it may ask Slack for it, answer :hourglass_flowing_sand: "
            + "and record the command as of when you typed it a moment later. The same "
            + "`/pm event` typed twice within 2 minutes is recorded once.");
    lines.add(
        "*MARKER:* (optional): `impact:` T1 · `alert:` T2 · `ack:` T3 · `investigating:` T4 · "
            + "`cause:` T5 · `fix:` T6 · `restored:` T7 · `resolved:` T8.");
    lines.add(
        "*Reactions*: tag any message in the incident channel with :boom: :rotating_light: :eyes: "
            + ":mag: :bulb: :hammer_and_wrench: :large_green_circle: :white_check_mark: or :pushpin: to record it "
            + "(Scribe's own posts are never recorded; a deleted message keeps its words, marked deleted); "
            + "tag it with :memo: to make it an action item (owner: the first person it mentions).");
    lines.add(
        "*Any message*, in a thread or another channel: its ⋮ menu → *Add to incident timeline* "
            + "records it on an incident's timeline at the time it was posted, with a link to it.");
    lines.add(
        "*Scribe's Home tab*: your open action items (Done / Snooze / Change due date), the open "
            + "incidents, and the post-mortems due, with a button that drafts them.");
    return Reply.ephemeral(String.join("\n", lines));
  }
}
