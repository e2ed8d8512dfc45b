package dev.scribe.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians and spreads (min–max) over the rounds, and the ratios to the floors, as Markdown. */
final class Report {

  final List<RequestPathBenchmark.Figures> scribe = new ArrayList<>();
  final List<RequestPathBenchmark.Figures> floor = new ArrayList<>();
  final List<Double> rawSqlite = new ArrayList<>();
  private final RequestPathBenchmark.Options options;

  Report(RequestPathBenchmark.Options options) {
    this.options = options;
  }

  static String line(RequestPathBenchmark.Figures f) {
    return String.format(
        Locale.ROOT,
        "%.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.0f ms, non-2xx %d, conn errors %d,"
            + " unanswered %d, CPU %.3f ms/req, RSS %.0f MiB, healthy after %d ms;"
            + " with slow clients: %.0f req/s, p99 %.1f ms, max %.0f ms, unanswered %d,"
            + " slow clients closed %d; acked %d, stored %d, acked-not-stored %d, stored %.0f/s",
        f.load().perSecond(),
        f.load().p50Millis(),
        f.load().p99Millis(),
        f.load().maxMillis(),
        f.load().non2xx(),
        f.load().connectionErrors(),
        f.load().unanswered(),
        f.cpuMillisPerRequest(),
        f.rssMiB(),
        f.startToHealthy().toMillis(),
        f.underSlowClients().perSecond(),
        f.underSlowClients().p99Millis(),
        f.underSlowClients().maxMillis(),
        f.underSlowClients().unanswered(),
        f.slowClientsClosed(),
        f.acked(),
        f.stored(),
        f.ackedNotStored(),
        f.storedPerSecond());
  }

  void print(PrintStream out) {
    out.printf(
        "%n| measure (%d rounds; median, [min–max]) | Scribe | bare Bolt floor | Scribe ÷ floor |%n",
        scribe.size());
    out.println("|---|---:|---:|---:|");
    row(
        out,
        "requests/s, %d connections".formatted(options.connections()),
        "%.0f",
        f -> f.load().perSecond());
    row(out, "ack p50 (ms)", "%.1f", f -> f.load().p50Millis());
    row(out, "ack p99 (ms)", "%.1f", f -> f.load().p99Millis());
    row(out, "ack max (ms)", "%.0f", f -> f.load().maxMillis());
    row(out, "non-2xx", "%.0f", f -> f.load().non2xx());
    row(
        out,
        "connection errors + unanswered",
        "%.0f",
        f -> f.load().connectionErrors() + f.load().unanswered());
    row(
        out,
        "server CPU per request (ms)",
        "%.3f",
        RequestPathBenchmark.Figures::cpuMillisPerRequest);
    row(out, "RSS after the round (MiB)", "%.0f", RequestPathBenchmark.Figures::rssMiB);
    row(out, "start to healthy (ms)", "%.0f", f -> f.startToHealthy().toMillis());
    row(
        out,
        "with %d slow clients: requests/s".formatted(options.slowClients()),
        "%.0f",
        f -> f.underSlowClients().perSecond());
    row(
        out,
        "with %d slow clients: ack p99 (ms)".formatted(options.slowClients()),
        "%.1f",
        f -> f.underSlowClients().p99Millis());
    row(
        out,
        "with %d slow clients: unanswered".formatted(options.slowClients()),
        "%.0f",
        f -> f.underSlowClients().unanswered());
    row(out, "slow clients closed by the server", "%.0f", f -> f.slowClientsClosed());
    out.printf(
        "%n| storage (median, [min–max]) | value |%n|---|---:|%n"
            + "| Scribe: events stored per second in the window | %s |%n"
            + "| raw sqlite-jdbc, one row per durable transaction | %s |%n"
            + "| Scribe ÷ raw | %s |%n"
            + "| acked (all phases) / stored / acked but not stored | %s / %s / %s |%n",
        spread(values(scribe, RequestPathBenchmark.Figures::storedPerSecond), "%.0f"),
        spread(rawSqlite, "%.0f"),
        spread(
            ratios(values(scribe, RequestPathBenchmark.Figures::storedPerSecond), rawSqlite),
            "%.2f"),
        spread(values(scribe, f -> f.acked()), "%.0f"),
        spread(values(scribe, f -> f.stored()), "%.0f"),
        spread(values(scribe, f -> f.ackedNotStored()), "%.0f"));
  }

  private void row(
      PrintStream out,
      String name,
      String format,
      ToDoubleFunction<RequestPathBenchmark.Figures> measure) {
    List<Double> a = values(scribe, measure);
    List<Double> b = values(floor, measure);
    out.printf(
        "| %s | %s | %s | %s |%n",
        name, spread(a, format), spread(b, format), spread(ratios(a, b), "%.2f"));
  }

  private static List<Double> values(
      List<RequestPathBenchmark.Figures> figures,
      ToDoubleFunction<RequestPathBenchmark.Figures> measure) {
    return figures.stream().map(measure::applyAsDouble).toList();
  }

  /** Round by round: the ratio within each round, whose median and spread are then reported. */
  static List<Double> ratios(List<Double> a, List<Double> b) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (b.get(i) != 0) {
        ratios.add(a.get(i) / b.get(i));
      }
    }
    return ratios;
  }

  static String spread(List<Double> values, String format) {
    if (values.isEmpty()) {
      return "–";
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    String m = String.format(Locale.ROOT, format, median);
    if (n == 1) {
      return m;
    }
    return m
        + " ["
        + String.format(Locale.ROOT, format, sorted.get(0))
        + "–"
        + String.format(Locale.ROOT, format, sorted.get(n - 1))
        + "]";
  }
}
