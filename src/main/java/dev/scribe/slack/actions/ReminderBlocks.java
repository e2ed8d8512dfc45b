package dev.scribe.slack.actions;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.scribe.actions.DuePostmortem;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.slack.InertMrkdwn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Block Kit of reminder DMs (with Done / Snooze / Change due date buttons), the digest, and the
 * reminder of post-mortems not Final yet.
 */
final class ReminderBlocks {

  static final String DONE = "scribe_action_done";
  static final String SNOOZE = "scribe_action_snooze";
  static final String CHANGE_DUE = "scribe_action_due";

  /** Keeps a message well under Slack's 50 blocks: two blocks per item. */
  static final int MOST_ITEMS = 15;

  private ReminderBlocks() {}

  /** The notification text, also shown where blocks are not. */
  static String text(ReminderMessage m) {
    if (m.kind() == ReminderKind.POSTMORTEM_DUE) {
      int p = m.postmortems().size();
      return p == 1
          ? "The post-mortem of " + m.postmortems().get(0).publicId() + " is due and not Final yet."
          : p + " post-mortems of yours are due and not Final yet.";
    }
    int n = m.items().size();
    String items = n == 1 ? "1 overdue action item" : n + " overdue action items";
    if (m.kind() == ReminderKind.DIGEST) {
      return "Action items this week: " + m.openCount() + " open, " + n + " overdue.";
    }
    if (m.kind() == ReminderKind.ESCALATION) {
      return "Incidents you own have " + items + " past the escalation time.";
    }
    return "You have " + items + ".";
  }

  /**
   * @param names display names, for people the message names but may not mention: only the
   *     recipient of a direct reminder is mentioned, and nobody in the digest's channel
   */
  static List<LayoutBlock> blocks(ReminderMessage m, Function<String, Optional<String>> names) {
    if (m.kind() == ReminderKind.POSTMORTEM_DUE) {
      return postmortemBlocks(m, names);
    }
    Set<String> mayMention =
        m.kind() == ReminderKind.DIGEST ? Set.of() : Set.of(m.key().recipientId());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText("*" + text(m) + "*"))));
    LocalDate today = m.key().period();
    List<IncidentAction> shown = m.items().subList(0, Math.min(MOST_ITEMS, m.items().size()));
    for (IncidentAction a : shown) {
      blocks.add(
          section(
              s ->
                  s.blockId(itemBlock(a.item().id()))
                      .text(
                          markdownText(
                              InertMrkdwn.of(
                                  ActionItemText.lineWithIncident(a, today), mayMention, names)))));
      if (m.kind() != ReminderKind.DIGEST) {
        blocks.add(buttons(a.item().id()));
      }
    }
    int hidden = m.items().size() - shown.size();
    String more = hidden > 0 ? "…and " + hidden + " more. " : "";
    String hint = m.kind() == ReminderKind.DIGEST ? "" : "`/pm actions mine` lists all of yours.";
    if (!(more + hint).isEmpty()) {
      blocks.add(context(List.of(markdownText(more + hint))));
    }
    return blocks;
  }

  /**
   * One line per incident, linked to its channel; its title is user text, so it names people
   * without notifying them. No buttons: what to do next is typed in the incident's channel.
   */
  private static List<LayoutBlock> postmortemBlocks(
      ReminderMessage m, Function<String, Optional<String>> names) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText("*" + text(m) + "*"))));
    for (DuePostmortem p :
        m.postmortems().subList(0, Math.min(MOST_ITEMS, m.postmortems().size()))) {
      String line =
          "*"
              + p.publicId()
              + "* <#"
              + p.channelId()
              + "> · "
              + p.title()
              + " · resolved "
              + p.resolvedAt().atZone(m.zone()).toLocalDate()
              + ", due "
              + p.dueAt().atZone(m.zone()).toLocalDate();
      blocks.add(section(s -> s.text(markdownText(InertMrkdwn.of(line, Set.of(), names)))));
    }
    blocks.add(
        context(
            List.of(
                markdownText(
                    "In the incident's channel: `/pm draft` makes the next version, `/pm review"
                        + " @name` asks reviewers, and it is Final once they have all run `/pm"
                        + " approve`. You are told once; the draft's status shows where it stands."))));
    return blocks;
  }

  static LayoutBlock buttons(long itemId) {
    String id = Long.toString(itemId);
    return actions(
        a ->
            a.blockId(actionsBlock(itemId))
                .elements(
                    List.of(
                        button(
                            b ->
                                b.actionId(DONE)
                                    .value(id)
                                    .style("primary")
                                    .text(plainText("Done"))),
                        button(b -> b.actionId(SNOOZE).value(id).text(plainText("Snooze 1 week"))),
                        button(
                            b ->
                                b.actionId(CHANGE_DUE)
                                    .value(id)
                                    .text(plainText("Change due date"))))));
  }

  /**
   * The original message with the item's buttons replaced by what happened to it; empty when the
   * message shows nothing of that item (its buttons, or an earlier outcome in their place).
   */
  static Optional<List<LayoutBlock>> settle(
      List<LayoutBlock> original, long itemId, String outcome) {
    List<LayoutBlock> settled = new ArrayList<>();
    boolean replaced = false;
    for (LayoutBlock block : original) {
      if (actionsBlock(itemId).equals(block.getBlockId())) {
        settled.add(
            context(c -> c.blockId(actionsBlock(itemId)).elements(List.of(markdownText(outcome)))));
        replaced = true;
      } else {
        settled.add(block);
      }
    }
    return replaced ? Optional.of(settled) : Optional.empty();
  }

  static String itemBlock(long itemId) {
    return "scribe-item-" + itemId;
  }

  static String actionsBlock(long itemId) {
    return "scribe-item-" + itemId + "-actions";
  }
}
