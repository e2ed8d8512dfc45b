package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.Priority;
import dev.scribe.actions.ReminderDue;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.outbox.FailureNotice;
import dev.scribe.postmortem.DraftJob;
import dev.scribe.recording.TagConfirmation;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind's payload survives the trip through the outbox's text column. */
class JsonPayloadCodecTest {

  private final JsonPayloadCodec codec = new JsonPayloadCodec();

  private <P extends Record> P roundTrip(P payload) {
    @SuppressWarnings("unchecked")
    Class<P> type = (Class<P>) payload.getClass();
    return codec.decode(codec.encode(payload), type);
  }

  @Test
  void everyKindsPayloadComesBackEqual() {
    TagConfirmation note = new TagConfirmation("C1", "U1", "INC-2026-001", 3, Marker.RESOLVED);
    DraftJob job = new DraftJob(7, "INC-2026-001", "C1", "U1", "full", ZoneId.of("Europe/Paris"));
    Incident incident =
        new Incident(
            7,
            "T1",
            "C1",
            "INC-2026-007",
            "Checkout \"errors\"",
            Severity.SEV2,
            IncidentStatus.RESOLVED,
            "U2",
            "U1",
            Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-20T12:00:00Z"));
    ActionItem item =
        new ActionItem(
            4,
            7,
            1,
            "Add an alert",
            "U1",
            LocalDate.parse("2026-11-22"),
            Priority.HIGH,
            ActionKind.SHORT_TERM,
            ActionStatus.OPEN,
            null,
            "U2",
            Instant.parse("2026-11-20T12:05:00Z"),
            null,
            null);
    ReminderDue due =
        new ReminderDue(
            new ReminderKey("T1", "U1", LocalDate.parse("2026-11-24"), ReminderKind.ESCALATION),
            ZoneId.of("UTC"),
            List.of(new IncidentAction(incident, item)),
            3);
    FailureNotice dm = new FailureNotice(null, "U1", "It did not work: \"quotes\" & <angles>");

    assertThat(roundTrip(note)).isEqualTo(note);
    assertThat(roundTrip(job)).isEqualTo(job);
    assertThat(roundTrip(due)).isEqualTo(due);
    assertThat(roundTrip(dm)).isEqualTo(dm);
    assertThat(codec.encode(dm)).contains("<angles>").doesNotContain("channelId");
  }

  @Test
  void aPayloadWithFieldsFromANewerReleaseIsStillRead() {
    assertThat(
            codec.decode(
                "{\"channelId\":\"C1\",\"userId\":\"U1\",\"text\":\"x\",\"addedLater\":1}",
                FailureNotice.class))
        .isEqualTo(new FailureNotice("C1", "U1", "x"));
  }

  @Test
  void textThatIsNotThePayloadIsRefused() {
    assertThatThrownBy(() -> codec.decode("not json at all {", DraftJob.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.decode("null", DraftJob.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"key\":{\"teamId\":\"T1\",\"recipientId\":\"U1\",\"period\":\"24/11\","
                        + "\"kind\":\"REMINDER\"},\"zone\":\"UTC\",\"items\":[]}",
                    ReminderDue.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
