package dev.scribe.slack.actions;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.scribe.actions.IncidentAction;
import dev.scribe.slack.UserText;
import java.time.LocalDate;
import java.util.List;

/**
 * An open action item as App Home shows it: the reminder DM's own line and buttons (Done, Snooze,
 * Change due date), so {@link ReminderInteractions} handles a click wherever it happens.
 */
public final class ActionItemBlocks {

  private ActionItemBlocks() {}

  /** The item's line (its words inert) and its buttons: two blocks. */
  public static List<LayoutBlock> withButtons(IncidentAction a, LocalDate today) {
    return List.of(
        section(
            s ->
                s.blockId(ReminderBlocks.itemBlock(a.item().id()))
                    .text(
                        markdownText(ActionItemText.lineWithIncident(a, today, UserText::inert)))),
        ReminderBlocks.buttons(a.item().id()));
  }
}
