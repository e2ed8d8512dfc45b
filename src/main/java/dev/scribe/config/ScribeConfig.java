package dev.scribe.config;

import dev.scribe.actions.ReminderSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scribe's configuration, read once from the environment. No other class reads environment
 * variables. Secrets never appear in {@link #toString()}.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}, xoxb-…; null for offline commands
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; required in HTTP mode
 * @param appToken {@code SLACK_APP_TOKEN}, xapp-…; turns on Socket Mode
 * @param slackApiUrl {@code SLACK_API_URL}, Web API methods prefix ending in "/"
 * @param port {@code PORT}
 * @param databaseUrl {@code DATABASE_URL}
 * @param defaultZone {@code SCRIBE_TIMEZONE}, for users whose zone is unknown
 * @param templatesDir {@code SCRIBE_TEMPLATES_DIR}, a folder of team templates ({@code
 *     NAME.mustache}), or null
 * @param confirmationsInChannel {@code SCRIBE_CONFIRMATIONS}: channel (default) or ephemeral; a
 *     workspace can change it with {@code /pm config}
 * @param draftCanvas {@code SCRIBE_DRAFT_CANVAS}: also post each draft as a Slack canvas
 * @param slackTimeout {@code SCRIBE_SLACK_TIMEOUT}: how long to wait for one Slack Web API answer
 *     (connect, then read); a call that takes longer may still have been carried out by Slack
 * @param reminders when and how action item reminders go out ({@code SCRIBE_REMINDER_*} and others)
 * @param metricsEnabled {@code SCRIBE_METRICS}: serve Prometheus metrics on {@code GET /metrics}
 */
public record ScribeConfig(
    String botToken,
    String signingSecret,
    String appToken,
    String slackApiUrl,
    int port,
    String databaseUrl,
    ZoneId defaultZone,
    Path templatesDir,
    boolean confirmationsInChannel,
    boolean draftCanvas,
    Duration slackTimeout,
    ReminderSettings reminders,
    boolean metricsEnabled) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:scribe.db";
  public static final Duration DEFAULT_SLACK_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,6})\\s*(ms|s)");

  /** What the command about to run needs. */
  public enum Needs {
    /** The database only (draft, export). */
    DATABASE,
    /** The Slack Web API and the database, but no incoming requests (remind). */
    SLACK_API,
    /** Slack and the database (serve). */
    SLACK
  }

  /**
   * Reads and checks every setting.
   *
   * @throws ConfigException listing every missing or invalid value
   */
  public static ScribeConfig fromEnvironment(Map<String, String> env, Needs needs) {
    List<String> problems = new ArrayList<>();
    String botToken = blankToNull(env.get("SLACK_BOT_TOKEN"));
    String signingSecret = blankToNull(env.get("SLACK_SIGNING_SECRET"));
    String appToken = blankToNull(env.get("SLACK_APP_TOKEN"));
    if (needs != Needs.DATABASE) {
      if (botToken == null) {
        problems.add(
            "SLACK_BOT_TOKEN is missing: the bot token (xoxb-…) from your Slack app's OAuth page.");
      } else if (!botToken.startsWith("xoxb-")) {
        problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.");
      }
      if (appToken != null && !appToken.startsWith("xapp-")) {
        problems.add(
            "SLACK_APP_TOKEN must be an app-level token starting with xapp- (or unset for HTTP mode).");
      }
      if (needs == Needs.SLACK && appToken == null && signingSecret == null) {
        problems.add(
            "SLACK_SIGNING_SECRET is missing: HTTP mode verifies every request with it (Basic Information → Signing Secret).");
      }
    }
    String apiUrl = env.getOrDefault("SLACK_API_URL", DEFAULT_API_URL).strip();
    if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
      problems.add("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL);
    } else if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    int port = port(env.getOrDefault("PORT", "3000"), problems);
    String databaseUrl = env.getOrDefault("DATABASE_URL", DEFAULT_DATABASE_URL).strip();
    if (!databaseUrl.startsWith("jdbc:sqlite:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
      problems.add(
          "DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql: (got "
              + redactUrl(databaseUrl)
              + ").");
    }
    ZoneId zone = zone(env.getOrDefault("SCRIBE_TIMEZONE", "UTC"), problems);
    Path templates = templates(env.get("SCRIBE_TEMPLATES_DIR"), problems);
    boolean inChannel =
        confirmations(env.getOrDefault("SCRIBE_CONFIRMATIONS", "channel"), problems);
    boolean canvas =
        flag("SCRIBE_DRAFT_CANVAS", env.getOrDefault("SCRIBE_DRAFT_CANVAS", "false"), problems);
    Duration slackTimeout = timeout(env.getOrDefault("SCRIBE_SLACK_TIMEOUT", "10s"), problems);
    ReminderSettings reminders = ReminderSettings.fromEnvironment(env, problems);
    boolean metrics = flag("SCRIBE_METRICS", env.getOrDefault("SCRIBE_METRICS", "true"), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new ScribeConfig(
        botToken,
        signingSecret,
        appToken,
        apiUrl,
        port,
        databaseUrl,
        zone,
        templates,
        inChannel,
        canvas,
        slackTimeout,
        reminders,
        metrics);
  }

  public boolean socketMode() {
    return appToken != null;
  }

  /** {@code DATABASE_URL} without its password, for messages. */
  public String redactedDatabaseUrl() {
    return redactUrl(databaseUrl);
  }

  public Optional<Path> templatesDirectory() {
    return Optional.ofNullable(templatesDir);
  }

  private static int port(String value, List<String> problems) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("PORT must be a number from 0 to 65535 (got " + value + ").");
    return 0;
  }

  private static ZoneId zone(String value, List<String> problems) {
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      problems.add(
          "SCRIBE_TIMEZONE must be a time zone such as UTC or Europe/Paris (got " + value + ").");
      return ZoneOffset.UTC;
    }
  }

  private static Path templates(String value, List<String> problems) {
    if (blankToNull(value) == null) {
      return null;
    }
    Path dir = Path.of(value.strip());
    if (!Files.isDirectory(dir)) {
      problems.add("SCRIBE_TEMPLATES_DIR is not a folder: " + value);
    }
    return dir;
  }

  private static boolean confirmations(String value, List<String> problems) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "channel":
        return true;
      case "ephemeral":
        return false;
      default:
        problems.add("SCRIBE_CONFIRMATIONS must be channel or ephemeral (got " + value + ").");
        return true;
    }
  }

  /** "10s", "500ms": from 100 ms to 5 minutes. */
  private static Duration timeout(String value, List<String> problems) {
    Matcher m = TIMEOUT.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
      if (d.toMillis() >= 100 && d.compareTo(Duration.ofMinutes(5)) <= 0) {
        return d;
      }
    }
    problems.add(
        "SCRIBE_SLACK_TIMEOUT must be a time from 100ms to 300s, such as 10s (got " + value + ").");
    return DEFAULT_SLACK_TIMEOUT;
  }

  private static boolean flag(String name, String value, List<String> problems) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on":
        return true;
      case "false", "no", "0", "off", "":
        return false;
      default:
        problems.add(name + " must be true or false (got " + value + ").");
        return false;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A database URL without its password, for messages. */
  static String redactUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***")
        .replaceAll("//([^:/@]+):[^@]*@", "//$1:***@");
  }

  @Override
  public String toString() {
    return "ScribeConfig[mode="
        + (socketMode() ? "socket" : "http")
        + ", slackApiUrl="
        + slackApiUrl
        + ", port="
        + port
        + ", databaseUrl="
        + redactUrl(databaseUrl)
        + ", defaultZone="
        + defaultZone
        + ", templatesDir="
        + templatesDir
        + ", confirmationsInChannel="
        + confirmationsInChannel
        + ", draftCanvas="
        + draftCanvas
        + ", slackTimeout="
        + slackTimeout
        + ", reminders="
        + reminders
        + ", metrics="
        + metricsEnabled
        + "]";
  }
}
