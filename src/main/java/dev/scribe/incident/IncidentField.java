package dev.scribe.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The free-text fields a team fills in with {@code /pm set FIELD VALUE}; each fills a section of
 * the post-mortem draft, so drafting again after more is known gives a better draft and never loses
 * what was written. Title, severity and owner are columns of {@link Incident} but are set the same
 * way.
 */
public enum IncidentField {
  TITLE("title", "short title of the incident", "Checkout fails for EU customers"),
  SEVERITY("severity", "SEV1 (worst) … SEV5", "sev2", "sev"),
  OWNER("owner", "incident owner / commander", "@dana", "commander", "ic"),
  FACILITATOR("facilitator", "who runs the post-mortem review", "@sam"),
  DOC_STATUS(
      "status",
      "the post-mortem's status: Draft, In Review or Final (it follows /pm review and /pm approve)",
      "in-review"),
  SUMMARY(
      "summary",
      "two or three sentences: what happened, impact, how it ended",
      "A bad config push made checkout return 500s for 47 minutes."),
  IMPACT("impact", "who and what was affected, in words", "EU customers could not pay"),
  USERS_AFFECTED("users-affected", "how many users were affected", "~12,000", "users"),
  REVENUE_IMPACT(
      "revenue-impact", "estimated revenue impact", "~$40k in delayed orders", "revenue"),
  SLA_IMPACT(
      "sla-impact",
      "SLA / SLO breached and by how much",
      "99.9% monthly SLO breached",
      "sla",
      "slo"),
  SERVICES("services", "affected services or components", "checkout-api, payments", "components"),
  REGIONS("regions", "affected regions or markets", "eu-west-1"),
  TAGS("tags", "comma-separated tags", "config, payments"),
  REVIEWERS("reviewers", "peer reviewers of the post-mortem", "@lee @kim"),
  CLASSIFICATION(
      "classification",
      "incident type (outage, degradation, security, data…)",
      "degradation",
      "type"),
  TRIGGER("trigger", "the event that set it off", "config push at 14:02", "triggers"),
  ROOT_CAUSE(
      "root-cause", "the underlying cause", "the config validator skipped EU regions", "cause"),
  WHYS(
      "whys",
      "five whys, one per line or separated by ';'",
      "checkout 500s; config invalid; validator skipped EU; …",
      "5-whys"),
  CONTRIBUTING_FACTORS(
      "contributing-factors",
      "what made it worse or more likely",
      "no canary for config; alert threshold too high",
      "factors"),
  DETECTION(
      "detection",
      "how it was detected and how detection could be faster",
      "customer tickets before alerts",
      "detected-by"),
  RESOLUTION(
      "resolution",
      "how service was restored and the incident resolved",
      "rolled back config v142",
      "recovery"),
  SUPPORTING_DATA(
      "supporting-data",
      "links to graphs, logs, dashboards",
      "https://grafana.example/d/checkout",
      "data",
      "graphs"),
  WENT_WELL("went-well", "what went well", "rollback took 2 minutes", "well"),
  WENT_WRONG("went-wrong", "what went wrong", "paging went to the wrong rotation", "wrong"),
  LUCKY("lucky", "where we got lucky", "it happened outside peak hours"),
  LESSONS("lessons", "lessons learned", "config needs the same canary as code", "lessons-learned"),
  PREVENTION(
      "prevention",
      "how we keep it from recurring",
      "config canary + EU validator tests",
      "recurrence"),
  RELATED("related", "related documents, tickets and past incidents", "INC-2026-014, JIRA-123");

  private final String key;
  private final String description;
  private final String example;
  private final List<String> aliases;

  IncidentField(String key, String description, String example, String... aliases) {
    this.key = key;
    this.description = description;
    this.example = example;
    this.aliases = List.of(aliases);
  }

  /** The name typed after {@code /pm set}, e.g. "root-cause". */
  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  public String example() {
    return example;
  }

  /** True for the fields stored as columns of the incident rather than free text. */
  public boolean isIncidentColumn() {
    return this == TITLE || this == SEVERITY || this == OWNER;
  }

  /** True for the fields holding a person: stored as a Slack user id, shown by name. */
  public boolean isPerson() {
    return this == OWNER || this == FACILITATOR;
  }

  /**
   * True for what the post-mortem's review decides ({@code /pm review}, {@code /pm approve}), not
   * {@code /pm set}: its reviewers and its status.
   */
  public boolean isSetByReview() {
    return this == REVIEWERS || this == DOC_STATUS;
  }

  /** The field named by a word ("root-cause", "Root_Cause", "cause"), if any. */
  public static Optional<IncidentField> fromKey(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip().replace('_', '-');
    return Arrays.stream(values())
        .filter(f -> f.key.equals(w) || f.aliases.contains(w))
        .findFirst();
  }
}
