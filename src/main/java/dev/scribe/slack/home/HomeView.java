package dev.scribe.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.scribe.common.Times;
import dev.scribe.home.HomeSection;
import dev.scribe.home.HomeSnapshot;
import dev.scribe.home.OpenIncident;
import dev.scribe.home.Page;
import dev.scribe.home.PostmortemDue;
import dev.scribe.incident.Incident;
import dev.scribe.slack.UserText;
import dev.scribe.slack.actions.ActionItemBlocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Block Kit of a person's App Home: their open action items (with the reminder's buttons), the
 * open incidents, the post-mortems due, each a page at a time. Times are Slack date tokens, shown
 * in each viewer's own zone and age ("3 hours ago") without re-publishing, so an unchanged list is
 * an unchanged view.
 */
final class HomeView {

  static final String PREVIOUS = "scribe_home_previous";
  static final String NEXT = "scribe_home_next";
  static final String DRAFT = "scribe_home_draft";

  /** Slack allows 100 blocks in a Home tab; the pages keep a view far below. */
  static final int MOST_BLOCKS = 100;

  private static final int EVENT_CHARS = 120;
  private static final int TITLE_CHARS = 150;

  private HomeView() {}

  /**
   * @param today the viewer's calendar day, for "due" and "overdue"
   */
  static View of(HomeSnapshot home, LocalDate today) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your action items"))));
    list(
        blocks,
        home.items(),
        HomeSection.ITEMS,
        "Nothing open for you. :tada:",
        a -> ActionItemBlocks.withButtons(a, today));
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText("Open incidents"))));
    list(
        blocks,
        home.incidents(),
        HomeSection.INCIDENTS,
        "No incident is open. :sunny:",
        i -> List.of(incident(i)));
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText("Post-mortems due"))));
    list(
        blocks,
        home.postmortems(),
        HomeSection.POSTMORTEMS,
        "No post-mortem is waiting. :white_check_mark:",
        d -> List.of(postmortem(d)));
    blocks.add(divider());
    blocks.add(
        context(
            List.of(
                markdownText(
                    "Add any message to an incident's timeline with the *Add to incident timeline*"
                        + " shortcut (the ⋮ menu of a message); tag a message with :memo: to make it"
                        + " an action item. `/pm help` lists everything else."))));
    return view(v -> v.type("home").blocks(blocks));
  }

  private static <T> void list(
      List<LayoutBlock> blocks,
      Page<T> page,
      HomeSection section,
      String empty,
      Function<T, List<LayoutBlock>> rows) {
    if (page.rows().isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(empty))));
      return;
    }
    page.rows().forEach(row -> blocks.addAll(rows.apply(row)));
    if (page.hasPrevious() || page.hasNext()) {
      blocks.add(
          context(
              List.of(
                  markdownText(
                      page.firstShown() + "–" + page.lastShown() + " of " + page.total()))));
      blocks.add(pager(page, section));
    }
  }

  private static LayoutBlock pager(Page<?> page, HomeSection section) {
    List<BlockElement> buttons = new ArrayList<>();
    if (page.hasPrevious()) {
      String value = section.word() + ":" + (page.number() - 1);
      buttons.add(button(b -> b.actionId(PREVIOUS).value(value).text(plainText("‹ Previous"))));
    }
    if (page.hasNext()) {
      String value = section.word() + ":" + (page.number() + 1);
      buttons.add(button(b -> b.actionId(NEXT).value(value).text(plainText("Show more ›"))));
    }
    return actions(a -> a.blockId("home-pager-" + section.word()).elements(buttons));
  }

  /** "*INC-2026-001* · Checkout errors · SEV2 · #channel", declared and last event ages. */
  private static LayoutBlock incident(OpenIncident open) {
    Incident i = open.incident();
    String last =
        open.lastEvent()
            .map(
                e ->
                    "last event "
                        + date(e.occurredAt(), "{ago}")
                        + ": "
                        + (e.marker().isNote() ? "" : "*" + e.marker().display() + "* ")
                        + UserText.inertLine(e.text(), EVENT_CHARS))
            .orElse("no events yet");
    String text =
        headline(i)
            + "\nDeclared "
            + date(i.declaredAt(), "{ago}")
            + " ("
            + date(i.declaredAt(), "{date_short_pretty} {time}")
            + ") · "
            + last;
    return section(s -> s.blockId("home-incident-" + i.id()).text(markdownText(text)));
  }

  /** A resolved incident, who facilitates its post-mortem, and the button that drafts it. */
  private static LayoutBlock postmortem(PostmortemDue due) {
    Incident i = due.incident();
    String facilitator =
        due.facilitator()
            // Stored as a user id since people are; text typed before that stays text.
            .map(
                f ->
                    "facilitator: "
                        + (f.matches("[UW][A-Z0-9]+") ? "<@" + f + ">" : UserText.inertLine(f, 80)))
            .or(() -> i.owner().map(o -> "no facilitator yet; owner <@" + o + ">"))
            .orElse("no facilitator yet: `/pm set facilitator @name`");
    String text =
        headline(i)
            + "\nResolved "
            + date(i.resolvedAt(), "{ago}")
            + " · post-mortem due · "
            + facilitator;
    return section(
        s ->
            s.blockId("home-due-" + i.id())
                .text(markdownText(text))
                .accessory(
                    button(
                        b ->
                            b.actionId(DRAFT)
                                .value(Long.toString(i.id()))
                                .text(plainText("Draft post-mortem")))));
  }

  private static String headline(Incident i) {
    return "*"
        + i.publicId()
        + "* · "
        + UserText.inertLine(i.title(), TITLE_CHARS)
        + i.severityIfSet().map(s -> " · " + s.name()).orElse("")
        + " · <#"
        + i.channelId()
        + ">";
  }

  /** A Slack date token: the viewer's own zone and language; UTC where Slack cannot show it. */
  private static String date(Instant at, String format) {
    return "<!date^" + at.getEpochSecond() + "^" + format + "|" + Times.utc(at) + ">";
  }
}
