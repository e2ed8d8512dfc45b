package dev.scribe.render;

import dev.scribe.postmortem.TimelineChart;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where everything goes, worked out before drawing: the picture's height depends on the lanes. */
record ChartLayout(
    TimeAxis axis,
    List<PinLabel> labels,
    Legend legend,
    int axisY,
    int height,
    Instant last,
    boolean empty) {

  static ChartLayout of(TimelineChart chart) {
    Graphics2D probe =
        TimelineImageRenderer.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
    try {
      List<Instant> times =
          Stream.concat(
                  chart.markers().stream().map(TimelineChart.Point::at), chart.others().stream())
              .toList();
      Instant first = times.stream().min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
      Instant last = times.stream().max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
      TimeAxis axis =
          new TimeAxis(
              first,
              last,
              TimelineImageRenderer.MARGIN,
              TimelineImageRenderer.WIDTH - TimelineImageRenderer.MARGIN,
              chart.zone());
      List<PinLabel> labels = labels(chart, axis, probe);
      int lanes = labels.stream().mapToInt(PinLabel::lane).max().orElse(0) + 1;
      int axisY = TimelineImageRenderer.TOP + lanes * TimelineImageRenderer.LANE_HEIGHT + 24;
      Legend legend =
          new Legend(
              chart,
              TimelineImageRenderer.WIDTH - 2 * TimelineImageRenderer.MARGIN,
              probe.getFontMetrics(ChartFonts.SMALL));
      return new ChartLayout(
          axis, labels, legend, axisY, axisY + 56 + legend.height() + 36, last, times.isEmpty());
    } finally {
      probe.dispose();
    }
  }

  /** Right to left, so that a pin never has to pass through a label to its left. */
  private static List<PinLabel> labels(TimelineChart chart, TimeAxis axis, Graphics2D probe) {
    LabelLanes lanes = new LabelLanes();
    List<PinLabel> labels = new ArrayList<>();
    boolean withDate =
        chart.markers().stream()
                .map(p -> p.at().atZone(chart.zone()).toLocalDate())
                .distinct()
                .count()
            > 1;
    chart.markers().stream()
        .sorted(Comparator.comparing(TimelineChart.Point::at).reversed())
        .forEach(p -> labels.add(PinLabel.place(p, axis, chart.zone(), withDate, probe, lanes)));
    return labels;
  }
}
