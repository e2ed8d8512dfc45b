package dev.scribe.slack.actions;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderBlocksTest {

  private final List<LayoutBlock> reminder =
      List.of(
          section(s -> s.text(markdownText("*You have 2 overdue action items.*"))),
          section(s -> s.blockId(ReminderBlocks.itemBlock(7)).text(markdownText("first"))),
          ReminderBlocks.buttons(7),
          section(s -> s.blockId(ReminderBlocks.itemBlock(8)).text(markdownText("second"))),
          ReminderBlocks.buttons(8));

  @Test
  void theItemsButtonsGiveWayToWhatHappenedAndTheRestStays() {
    List<LayoutBlock> settled = ReminderBlocks.settle(reminder, 7, "Done").orElseThrow();

    assertThat(settled).hasSize(5);
    assertThat(settled.get(2)).isInstanceOf(ContextBlock.class);
    assertThat(settled.get(2).getBlockId()).isEqualTo(ReminderBlocks.actionsBlock(7));
    assertThat(settled).element(4).isSameAs(reminder.get(4));
  }

  @Test
  void aLaterOutcomeTakesTheEarliersPlace() {
    List<LayoutBlock> once = ReminderBlocks.settle(reminder, 7, "Snoozed").orElseThrow();

    List<LayoutBlock> twice = ReminderBlocks.settle(once, 7, "Done").orElseThrow();

    assertThat(twice).hasSize(5);
    assertThat(((ContextBlock) twice.get(2)).getElements().toString())
        .contains("Done")
        .doesNotContain("Snoozed");
  }

  @Test
  void aMessageWithoutTheItemIsLeftAlone() {
    assertThat(ReminderBlocks.settle(reminder, 9, "Done")).isEmpty();
    assertThat(ReminderBlocks.settle(List.of(), 7, "Done")).isEmpty();
  }
}
