package dev.scribe.slack.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.Priority;
import dev.scribe.home.HomeService;
import dev.scribe.home.HomeSnapshot;
import dev.scribe.home.OpenIncident;
import dev.scribe.home.Page;
import dev.scribe.home.PostmortemDue;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pins App Home's Block Kit. Run with {@code -Dscribe.updateGoldens=true} to rewrite the golden,
 * then review the diff by eye.
 */
class HomeViewTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "home.json");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
  private static final Instant DECLARED = Instant.parse("2026-11-21T20:38:00Z");

  @Test
  void homeMatchesGolden() throws IOException {
    HomeSnapshot home =
        new HomeSnapshot(
            new Page<>(
                List.of(
                    item(checkout(), 1, "Add an alert on queue depth", "U0ALICE", "2026-11-20"),
                    item(checkout(), 2, "Write the <!here> failover runbook", "U0ALICE", null)),
                1,
                2,
                4),
            new Page<>(
                List.of(
                    new OpenIncident(
                        checkout(),
                        Optional.of(
                            new OpenIncident.LastEvent(
                                DECLARED.plusSeconds(420),
                                Marker.ACK,
                                "<@U0DANA|dana> acks the page"))),
                    new OpenIncident(
                        incident(8, "Login &lt;b&gt;slow&lt;/b&gt;", null, null),
                        Optional.empty())),
                0,
                10,
                2),
            new Page<>(
                List.of(
                    new PostmortemDue(resolved(5, "Search index stale"), Optional.of("U0SAM")),
                    new PostmortemDue(resolved(6, "Queue backlog"), Optional.empty())),
                0,
                8,
                2));

    String json = pretty(HomeView.of(home, TODAY));

    if (Boolean.getBoolean("scribe.updateGoldens")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(json)
        .doesNotContain("<!here>", "<@U0DANA|dana>", "<b>")
        .contains("Login &lt;b&gt;slow")
        .contains("scribe_action_done", "scribe_action_snooze", "scribe_action_due");
  }

  @Test
  void fullPagesStayUnderSlacksBlockLimit() {
    Incident checkout = checkout();
    List<IncidentAction> items = new ArrayList<>();
    IntStream.rangeClosed(1, HomeService.ITEMS_PER_PAGE)
        .forEach(n -> items.add(item(checkout, n, "item " + n, "U0ALICE", null)));
    List<OpenIncident> open =
        IntStream.rangeClosed(1, HomeService.INCIDENTS_PER_PAGE)
            .mapToObj(n -> new OpenIncident(incident(100 + n, "t", null, null), Optional.empty()))
            .toList();
    List<PostmortemDue> due =
        IntStream.rangeClosed(1, HomeService.POSTMORTEMS_PER_PAGE)
            .mapToObj(n -> new PostmortemDue(resolved(200 + n, "t"), Optional.empty()))
            .toList();

    View view =
        HomeView.of(
            new HomeSnapshot(
                new Page<>(items, 1, HomeService.ITEMS_PER_PAGE, 1000),
                new Page<>(open, 1, HomeService.INCIDENTS_PER_PAGE, 1000),
                new Page<>(due, 1, HomeService.POSTMORTEMS_PER_PAGE, 1000)),
            TODAY);

    assertThat(view.getBlocks()).hasSizeLessThanOrEqualTo(HomeView.MOST_BLOCKS);
    assertThat(pretty(view)).contains("‹ Previous", "Show more ›", "9–16 of 1000");
  }

  private static String pretty(View view) {
    JsonElement tree = JsonParser.parseString(GsonFactory.createSnakeCase().toJson(view));
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(tree) + "\n";
  }

  private static Incident checkout() {
    return incident(7, "Checkout errors in EU", Severity.SEV2, "U0DANA");
  }

  private static Incident incident(long id, String title, Severity severity, String owner) {
    return new Incident(
        id,
        "T0FAKE",
        "C0INC" + id,
        Incident.publicId(2026, (int) id),
        title,
        severity,
        IncidentStatus.OPEN,
        owner,
        "U0SAM",
        DECLARED,
        null);
  }

  private static Incident resolved(long id, String title) {
    return incident(id, title, Severity.SEV3, id % 2 == 0 ? "U0LEE" : null)
        .resolvedAt(DECLARED.plusSeconds(7200));
  }

  private static IncidentAction item(
      Incident incident, int number, String text, String owner, String due) {
    return new IncidentAction(
        incident,
        new ActionItem(
            40 + number,
            incident.id(),
            number,
            text,
            owner,
            due == null ? null : LocalDate.parse(due),
            Priority.HIGH,
            ActionKind.SHORT_TERM,
            ActionStatus.OPEN,
            null,
            "U0SAM",
            DECLARED,
            null,
            null));
  }
}
