package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.ResponseUrlPost;
import dev.scribe.demo.SettableClock;
import dev.scribe.storage.JdbiAdminGroupMembers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /pm config} changes and {@code /pm template save|delete} change Scribe for the whole
 * workspace: only its admins and owners, or members of the admin user group it chose, may use them.
 * Reading stays open. A role Scribe does not know yet is asked of Slack after the ack, never
 * before.
 */
class AdminRulesE2ETest {

  static final String ADMIN = "U0ADMIN";
  static final String OWNER = "U0OWNER";
  static final String MEMBER = "U0MEMBER";
  static final String LEAD = "U0LEAD";
  static final String CHANNEL = "C0INC";
  static final String LEADS = "<!subteam^S0LEADS|@incident-leads>";
  static final String TEMPLATE = "template save onepager\n# {{incident.id}} {{incident.title}}";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ADMIN, "ada", "UTC");
    scribe.slack.addUser(OWNER, "otto", "UTC");
    scribe.slack.addUser(MEMBER, "mel", "UTC");
    scribe.slack.addUser(LEAD, "lee", "UTC");
    scribe.slack.makeAdmin(ADMIN);
    scribe.slack.makeOwner(OWNER);
    scribe.slack.setUserGroup("S0LEADS", LEAD);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void adminsAndOwnersChangeTheWorkspacesSettingsAndTemplates() throws Exception {
    scribe.meet(ADMIN);
    scribe.meet(OWNER);

    assertThat(text(scribe.pm(ADMIN, CHANNEL, "config late-events 2h"))).contains("*2 h*");
    assertThat(text(scribe.pm(OWNER, CHANNEL, "config reaction :fire: impact")))
        .contains("record *T1 impact*");
    assertThat(text(scribe.pm(OWNER, CHANNEL, TEMPLATE))).contains("saved the template");
    assertThat(text(scribe.pm(ADMIN, CHANNEL, "template delete onepager"))).contains("deleted");
  }

  @Test
  void othersAreRefusedWithWhoCanAndReadingStaysOpen() throws Exception {
    scribe.meet(ADMIN);
    scribe.meet(MEMBER);
    scribe.pm(ADMIN, CHANNEL, TEMPLATE);

    String refused = text(scribe.pm(MEMBER, CHANNEL, "config confirmations ephemeral"));
    assertThat(refused)
        .startsWith(":warning: Only workspace admins and owners can change Scribe's settings")
        .contains("Ask one of them");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "template delete onepager")))
        .contains("Only workspace admins and owners can save or delete the workspace's templates");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "config")))
        .contains("Confirmations: whole channel")
        .contains("Who may change settings and templates: workspace admins and owners");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "template list"))).contains("onepager");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "template show onepager")))
        .contains("{{incident.id}}");
  }

  @Test
  void membersOfTheAdminGroupMayChangeThemTooAndARefusalNamesTheGroup() throws Exception {
    scribe.meet(ADMIN);
    scribe.meet(MEMBER);
    scribe.meet(LEAD);
    assertThat(text(scribe.pm(ADMIN, CHANNEL, "config admins " + LEADS)))
        .contains("members of the user group `@incident-leads`");
    // Scribe lists the group's members after the ack.
    JdbiAdminGroupMembers groups = new JdbiAdminGroupMembers(scribe.database.jdbi());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> groups.fetchedAt(ScribeHarness.TEAM, "S0LEADS").isPresent());

    assertThat(text(scribe.pm(LEAD, CHANNEL, "config late-events off")))
        .contains("starts a new incident");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "config late-events 2h")))
        .contains(
            "Only workspace admins and owners, and members of the user group `@incident-leads`,")
        .doesNotContain("<!subteam");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "config")))
        .contains("and members of `@incident-leads`")
        .contains("Late events: off");
  }

  @Test
  void anAdminWhoseRoleIsNotKnownYetIsAnsweredOnceSlackSays() throws Exception {
    scribe.slack.delayNext("users.info", Duration.ofSeconds(10));

    String ack = text(scribe.pm(ADMIN, CHANNEL, "config confirmations ephemeral"));

    assertThat(ack).contains(":hourglass_flowing_sand:").contains("whole workspace");
    ResponseUrlPost answer = scribe.slack.awaitResponses(1, Duration.ofSeconds(30)).get(0);
    assertThat(answer.text()).contains("set event confirmations to *only the person");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "config"))).contains("Confirmations: ephemeral");
  }

  @Test
  void aMemberWhoseRoleIsNotKnownYetIsRefusedOnceSlackSays() throws Exception {
    String ack = text(scribe.pm(MEMBER, CHANNEL, "config late-events off"));

    assertThat(ack).contains(":hourglass_flowing_sand:");
    ResponseUrlPost answer = scribe.slack.awaitResponses(1, Duration.ofSeconds(30)).get(0);
    assertThat(answer.text()).contains("Only workspace admins and owners");
    assertThat(answer.body().get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(text(scribe.pm(MEMBER, CHANNEL, "config"))).contains("within 24 h");
  }
}
