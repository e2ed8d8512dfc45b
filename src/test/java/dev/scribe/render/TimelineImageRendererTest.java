package dev.scribe.render;

import static dev.scribe.postmortem.DraftFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.IncidentField;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TimelineImageRendererTest {

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a decodable PNG").isNotNull();
    return image;
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> found = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        found.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return found;
  }

  @Test
  void theChartShowsEveryRecordedMarkerInItsColour() throws IOException {
    BufferedImage image = decode(Drafts.service().timelinePng(DraftFixtures.source()));

    assertThat(image.getWidth()).isEqualTo(TimelineImageRenderer.WIDTH);
    assertThat(image.getHeight()).isBetween(300, 900);
    Set<Integer> colours = colours(image);
    for (Marker marker : Marker.timelineMarkers()) {
      assertThat(colours)
          .as("colour of %s", marker)
          .contains(MarkerColors.of(marker).getRGB() & 0xFFFFFF);
    }
  }

  @Test
  void theImpactWindowIsShadedBetweenT1AndT7() throws IOException {
    BufferedImage image = decode(Drafts.service().timelinePng(DraftFixtures.source()));
    // Just below the title block, off the grid lines: inside the window (T1 21:38 to T7 22:40
    // CET) shade, after it white.
    TimeAxis axis =
        new TimeAxis(
            Instant.parse("2026-11-21T20:38:00Z"),
            Instant.parse("2026-11-21T22:08:00Z"),
            TimelineImageRenderer.MARGIN,
            TimelineImageRenderer.WIDTH - TimelineImageRenderer.MARGIN,
            DraftFixtures.BERLIN);
    int inside = axis.x(Instant.parse("2026-11-21T21:33:00Z"));
    int outside = axis.x(Instant.parse("2026-11-21T22:03:00Z"));

    Color shade = new Color(image.getRGB(inside, TimelineImageRenderer.TOP - 4));
    Color clear = new Color(image.getRGB(outside, TimelineImageRenderer.TOP - 4));

    assertThat(shade.getRed()).isGreaterThan(shade.getGreen() + 15);
    assertThat(clear).isEqualTo(Color.WHITE);
  }

  @Test
  void aMarkerNotRecordedHasNoPin() throws IOException {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.removeIf(e -> e.marker() == Marker.CAUSE);
    DraftSource without =
        DraftFixtures.source(events, Map.<IncidentField, String>of(), ZoneOffset.UTC);
    int cause = MarkerColors.of(Marker.CAUSE).getRGB() & 0xFFFFFF;

    long drawn = count(decode(Drafts.service().timelinePng(DraftFixtures.source())), cause);
    long legendOnly = count(decode(Drafts.service().timelinePng(without)), cause);

    // The legend dot stays; the pin, its line and its label box go.
    assertThat(legendOnly).isPositive();
    assertThat(drawn).isGreaterThan(legendOnly + 200);
  }

  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void anIncidentWithoutEventsStillGivesAPicture() throws IOException {
    DraftSource source =
        DraftFixtures.source(List.of(), Map.<IncidentField, String>of(), ZoneOffset.UTC);

    BufferedImage image = decode(Drafts.service().timelinePng(source));

    assertThat(image.getWidth()).isEqualTo(TimelineImageRenderer.WIDTH);
  }

  @Test
  void tenThousandEventsAndEveryMarkerFitInOnePicture() throws IOException {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    Instant start = Instant.parse("2026-11-21T20:38:00Z");
    for (int i = 0; i < 10_000; i++) {
      events.add(
          event(100 + i, start.plusSeconds(i / 2).toString(), Marker.NOTE, "note " + i, "U3"));
    }
    DraftSource source =
        DraftFixtures.source(events, Map.<IncidentField, String>of(), ZoneOffset.UTC);

    BufferedImage image = decode(Drafts.service().timelinePng(source));

    assertThat(colours(image)).contains(MarkerColors.OTHER_EVENT.getRGB() & 0xFFFFFF);
  }
}
