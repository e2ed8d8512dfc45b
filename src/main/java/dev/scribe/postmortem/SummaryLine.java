package dev.scribe.postmortem;

import java.util.List;

/**
 * The few lines posted to Slack with the draft file: what it is and the key numbers. Slack mrkdwn,
 * not Markdown: the title goes in as Slack sent it, and the result mentions nobody.
 */
final class SummaryLine {

  private SummaryLine() {}

  static String of(DraftView view, DraftSource source) {
    IncidentView incident = view.incident();
    String title = source.incident().title().replaceAll("\\s+", " ").strip();
    String first =
        "*"
            + incident.id()
            + " · "
            + title
            + "* — "
            + incident.severityShort()
            + ", "
            + incident.status()
            + ", post-mortem "
            + (view.history().version().equals("—")
                ? ""
                : "version " + view.history().version() + ", ")
            + incident.documentStatus();
    String metrics =
        String.join(
            " · ",
            List.of(
                line(view, "timeToDetect", "detect"),
                line(view, "timeToRestore", "impact"),
                line(view, "timeToResolve", "resolve")));
    String counts =
        view.timeline().count()
            + " events · "
            + view.participants().size()
            + " people · "
            + view.actions().count()
            + " action items ("
            + view.actions().open()
            + " open)";
    String text = first + "\n" + metrics + "\n" + counts;
    if (view.timeline().hasWarnings()) {
      text += "\n⚠ some markers are out of order: see the draft";
    }
    return text;
  }

  private static String line(DraftView view, String key, String label) {
    return label + " " + view.metric().get(key).value();
  }
}
