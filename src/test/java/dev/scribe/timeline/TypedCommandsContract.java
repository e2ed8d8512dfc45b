package dev.scribe.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TypedCommands} must do; the fake and the databases run the same tests. */
public abstract class TypedCommandsContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");
  static final String TEXT = "14:03 ack: on-call acknowledged";

  private TypedCommands commands;

  protected abstract TypedCommands commands();

  /** A live event on a new incident of the channel. */
  protected abstract TimelineEvent event(String teamId, String channelId);

  protected abstract void delete(String teamId, long eventId);

  @BeforeEach
  void setUp() {
    commands = commands();
  }

  @Test
  void findsTheEventTheSameTextRecordedSinceAMoment() {
    TimelineEvent event = event("T1", "C1");
    commands.remember("T1", "C1", "U1", TEXT, event.id(), AT);

    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, AT.minusSeconds(120)))
        .contains(new TypedCommands.Recorded(event.incidentId(), event.number()));
    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, AT)).isPresent();
    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, AT.plusMillis(1))).isEmpty();
  }

  @Test
  void onlyTheSameWordsFromTheSamePersonInTheSameChannelAndWorkspace() {
    TimelineEvent event = event("T1", "C1");
    commands.remember("T1", "C1", "U1", TEXT, event.id(), AT);
    Instant since = AT.minusSeconds(120);

    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT + "!", since)).isEmpty();
    assertThat(commands.recordedSince("T1", "C1", "U2", TEXT, since)).isEmpty();
    assertThat(commands.recordedSince("T1", "C2", "U1", TEXT, since)).isEmpty();
    assertThat(commands.recordedSince("T2", "C1", "U1", TEXT, since)).isEmpty();
  }

  @Test
  void forgetsTheCommandsReceivedBeforeAMomentInEveryWorkspaceAndKeepsTheLaterOnes() {
    TimelineEvent old = event("T1", "C1");
    TimelineEvent otherTeam = event("T2", "C1");
    TimelineEvent recent = event("T1", "C2");
    commands.remember("T1", "C1", "U1", TEXT, old.id(), AT);
    commands.remember("T2", "C1", "U1", TEXT, otherTeam.id(), AT.plusSeconds(30));
    commands.remember("T1", "C2", "U1", TEXT, recent.id(), AT.plusSeconds(600));

    assertThat(commands.forgetBefore(AT.plusSeconds(60))).isEqualTo(2);

    Instant since = AT.minusSeconds(120);
    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, since)).isEmpty();
    assertThat(commands.recordedSince("T2", "C1", "U1", TEXT, since)).isEmpty();
    assertThat(commands.recordedSince("T1", "C2", "U1", TEXT, since))
        .contains(new TypedCommands.Recorded(recent.incidentId(), recent.number()));
    assertThat(commands.forgetBefore(AT.plusSeconds(60))).isZero();
  }

  @Test
  void aDeletedEventIsNoReasonToRefuseTheWordsAgain() {
    TimelineEvent event = event("T1", "C1");
    commands.remember("T1", "C1", "U1", TEXT, event.id(), AT);
    delete("T1", event.id());

    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, AT.minusSeconds(120))).isEmpty();
  }
}
