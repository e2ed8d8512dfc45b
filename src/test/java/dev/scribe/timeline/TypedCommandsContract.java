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
  void aDeletedEventIsNoReasonToRefuseTheWordsAgain() {
    TimelineEvent event = event("T1", "C1");
    commands.remember("T1", "C1", "U1", TEXT, event.id(), AT);
    delete("T1", event.id());

    assertThat(commands.recordedSince("T1", "C1", "U1", TEXT, AT.minusSeconds(120))).isEmpty();
  }
}
