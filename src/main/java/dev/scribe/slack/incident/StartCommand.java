package dev.scribe.slack.incident;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.Severity;
import dev.scribe.recording.IncidentService;
import dev.scribe.slack.FactsLearner;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /pm start TITLE [sev:N]}. */
public final class StartCommand implements PmSubcommand {

  /**
   * A severity at the end of the title: {@code sev:2}, {@code sev-2}, {@code sev2}, {@code sev 2},
   * {@code severity:2}. Only a colon, a dash or digits make "sev" a severity, so titles ending in
   * "Seville" or "severely" stay titles.
   */
  private static final Pattern SEVERITY =
      Pattern.compile("(?i)(?:^|\\s)sev(?:erity)?\\s*(?:[:\\-]\\s*(\\S+)|(\\d+))\\s*$");

  static final String EXAMPLE = "/pm start Checkout errors in EU sev:2";

  private final IncidentService incidents;
  private final FactsLearner learner;

  public StartCommand(IncidentService incidents, FactsLearner learner) {
    this.incidents = incidents;
    this.learner = learner;
  }

  @Override
  public List<String> names() {
    return List.of("start", "declare");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm start TITLE [sev:N]` declares an incident in this channel — `" + EXAMPLE + "`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    String title = args;
    Severity severity = null;
    Matcher m = SEVERITY.matcher(args);
    if (m.find()) {
      String level = m.group(1) != null ? m.group(1) : m.group(2);
      severity =
          Severity.parse(level)
              .orElseThrow(
                  () ->
                      new UserFacingException(
                          "`sev:" + level + "` is not a severity: use sev:1 (worst) to sev:5.",
                          EXAMPLE));
      title = args.substring(0, m.start()).strip();
    }
    Incident incident =
        incidents.start(request.teamId(), request.channelId(), request.userId(), title, severity);
    // The responders are in the channel: know their zones before they type times.
    learner.learnChannelLater(request.teamId(), request.channelId());
    return Reply.confirmation(
        ":rotating_light: "
            + SlackFormat.heading(incident)
            + " — declared by <@"
            + request.userId()
            + ">.\nRecord what happens with `/pm event [WHEN] [MARKER:] TEXT`, or tag messages "
            + "with :boom: impact, :eyes: ack, :large_green_circle: restored… `/pm help` has the list.");
  }
}
