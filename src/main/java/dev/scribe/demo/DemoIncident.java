package dev.scribe.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A realistic incident, played as responders would: slash commands typed as it unfolds (the clock
 * moves with the story), messages tagged with reactions — one a thread reply — and one event
 * backdated by someone who noticed the true impact start afterwards.
 */
final class DemoIncident {

  static final String CHANNEL = "C0INCIDENT";
  static final String DANA = "U0DANA";
  static final String SAM = "U0SAM";
  static final String LEE = "U0LEE";
  static final String KIM = "U0KIM";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private final FakeSlackApi slack;
  private final SignedSlackRequests scribe;
  private final SettableClock clock;
  private final Instant start;

  DemoIncident(FakeSlackApi slack, SignedSlackRequests scribe, SettableClock clock, Instant start) {
    this.slack = slack;
    this.scribe = scribe;
    this.clock = clock;
    this.start = start;
  }

  static void addPeople(FakeSlackApi slack) {
    slack.addUser(DANA, "dana", "Dana Ruiz", "Europe/Paris");
    slack.addUser(SAM, "sam", "Sam Okafor", "Europe/London");
    slack.addUser(LEE, "lee", "Lee Park", "America/New_York");
    slack.addUser(KIM, "kim", "Kim Iyer", "Asia/Kolkata");
    slack.addChannel(CHANNEL, "inc-checkout-eu");
    // The responders are in the channel, so Scribe learns their zones when the incident starts.
    slack.join(CHANNEL, DANA, SAM, LEE, KIM);
  }

  void play() throws IOException, InterruptedException {
    at(4);
    String page = say(SAM, "PagerDuty: checkout-api 5xx rate above 2% in eu-west-1");
    at(6);
    say(KIM, "Support here: several merchants report failed card payments in Germany and France");
    at(9);
    String ack = say(SAM, "ack, I'm on it");
    at(11);
    pm(DANA, "start Checkout errors for EU customers sev:2");
    // Responders tag what was said before the incident was declared: the events keep the messages'
    // own times.
    react(DANA, "rotating_light", page);
    react(SAM, "eyes", ack);
    pm(DANA, "set owner <@" + DANA + "|dana>");
    pm(DANA, "set facilitator <@" + KIM + "|kim>");
    at(13);
    pm(
        LEE,
        "event "
            + start.toString().substring(0, 16)
            + "Z impact: EU checkout error rate starts climbing (seen on the dashboard afterwards)");
    at(14);
    pm(DANA, "event investigating: war room opened, bridge up");
    at(16);
    pm(SAM, "event 5xx are all from payment-gateway calls; p99 latency 4.2 s");
    at(18);
    pm(KIM, "event -2m Customer support: 37 tickets about failed EU payments");
    at(20);
    pm(SAM, "event Grafana: 5xx only in eu-west-1, US regions fine");
    at(21);
    pm(LEE, "event Last deploy: checkout-api v3.18 went out 40 minutes before the first errors");
    at(24);
    pm(DANA, "event Status page updated: degraded performance for EU payments");
    at(27);
    pm(
        SAM,
        "event "
            + CLOCK.format(clock.instant().atZone(ZoneId.of("Europe/London")))
            + " Rolling back checkout-api v3.18 → v3.17 in eu-west-1");
    at(30);
    pm(LEE, "event Paged the payments team");
    at(33);
    pm(SAM, "event Rollback done, errors unchanged: not the deploy");
    at(35);
    pm(LEE, "event Payments on-call joined the bridge");
    at(38);
    String thread = say(LEE, "Looking at the payment-gateway config history");
    at(45);
    pm(SAM, "event Gateway logs show timeouts after exactly 200 ms");
    at(48);
    pm(DANA, "event Hypothesis: a timeout setting, not capacity");
    at(52);
    String found =
        reply(
            thread,
            LEE,
            "Found it: a config push 2 minutes before impact set the EU gateway timeout to 200 ms (was 2 s)");
    react(DANA, "bulb", found);
    at(55);
    pm(DANA, "event Decision: revert the gateway config rather than raise the timeout by hand");
    at(58);
    pm(LEE, "event Config revert approved by payments on-call");
    at(61);
    pm(SAM, "event fix: reverted payment-gateway config to v141 in eu-west-1");
    at(64);
    pm(SAM, "event The config canary skipped EU: the validator only checks us-* regions");
    at(67);
    pm(SAM, "event Gateway pods picked up config v141");
    at(70);
    pm(KIM, "event Error rate falling: 0.8% and dropping");
    at(78);
    String restored = say(SAM, "EU checkout error rate back under 0.1%, p99 380 ms");
    react(DANA, "large_green_circle", restored);
    at(80);
    pm(DANA, "event Status page: monitoring");
    at(85);
    pm(DANA, "event All clear from the support dashboard");
    at(95);
    pm(KIM, "event Support: ticket inflow back to normal");
    at(100);
    pm(KIM, "event Customer note drafted for affected merchants");
    at(110);
    pm(LEE, "event Replayed 1,204 failed payment webhooks from the queue");
    at(125);
    pm(LEE, "event Backlog of retried orders processed");
    at(140);
    String finance = say(DANA, "Finance confirms: no double charges");
    react(KIM, "pushpin", finance);
    at(170);
    pm(SAM, "event Monitoring for 90 minutes: no recurrence");
    at(180);
    pm(DANA, "resolve");
    fillIn();
  }

  private void fillIn() throws IOException, InterruptedException {
    pm(
        DANA,
        "set summary A configuration push set the EU payment-gateway timeout to 200 ms. For 78 minutes about a third of EU card payments failed at checkout, until the config was reverted.");
    pm(DANA, "set impact EU customers could not pay by card; orders were retried later");
    pm(DANA, "set users-affected ~12,000 checkout attempts");
    pm(DANA, "set revenue-impact ~EUR 40k of orders delayed, none lost");
    pm(DANA, "set services checkout-api, payment-gateway");
    pm(DANA, "set regions eu-west-1");
    pm(DANA, "set tags payments, config, eu");
    pm(DANA, "set trigger Config push of payment-gateway v142 (EU timeout 200 ms)");
    pm(
        DANA,
        "set root-cause The config validator only checks us-* regions, so an invalid EU timeout shipped");
    pm(
        DANA,
        "set went-well Rollback of the config took 3 minutes once found; support flagged the impact early");
    pm(DANA, "set went-wrong We rolled back the wrong change first; config pushes have no canary");
    pm(DANA, "set lucky It happened outside the EU evening peak");
    pm(DANA, "set lessons Config is code: it needs the same validation and canaries");
    pm(DANA, "action Validate EU regions in the config validator <@" + SAM + "|sam> due:+7d high");
    pm(
        DANA,
        "action Canary config pushes like code deploys <@"
            + LEE
            + "|lee> due:+30d medium long-term");
    pm(DANA, "action Alert on payment-gateway timeouts per region <@" + SAM + "|sam> due:+3d high");
    pm(
        DANA,
        "action Runbook: rolling back gateway config <@" + DANA + "|dana> due:+14d low process");
  }

  private void at(int minutesAfterStart) {
    clock.set(start.plus(Duration.ofMinutes(minutesAfterStart)));
  }

  private String say(String userId, String text) {
    return slack.postUserMessage(CHANNEL, userId, text);
  }

  private String reply(String threadTs, String userId, String text) {
    return slack.postThreadReply(CHANNEL, threadTs, userId, text);
  }

  private void react(String userId, String emoji, String ts)
      throws IOException, InterruptedException {
    scribe.reaction(userId, emoji, CHANNEL, ts);
  }

  private void pm(String userId, String text) throws IOException, InterruptedException {
    String ack = scribe.pm(userId, CHANNEL, text);
    if (ack.contains(":warning:") || ack.contains(":x:")) {
      throw new IllegalStateException("The demo's `/pm " + text + "` was refused: " + ack);
    }
  }
}
