package dev.scribe.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Typed commands in memory, over a fake timeline; passes {@link TypedCommandsContract}. */
public final class FakeTypedCommands implements TypedCommands {

  private record Typed(
      String teamId, String channelId, String userId, String text, long eventId, Instant at) {}

  private final FakeTimelineRepository timeline;
  private final List<Typed> typed = new ArrayList<>();

  public FakeTypedCommands(FakeTimelineRepository timeline) {
    this.timeline = timeline;
  }

  @Override
  public synchronized Optional<Recorded> recordedSince(
      String teamId, String channelId, String userId, String text, Instant since) {
    return typed.stream()
        .filter(t -> t.teamId().equals(teamId) && t.channelId().equals(channelId))
        .filter(t -> t.userId().equals(userId) && t.text().equals(text))
        .filter(t -> !t.at().isBefore(since))
        .sorted(Comparator.comparing(Typed::at).reversed())
        .flatMap(t -> timeline.live(teamId, t.eventId()).stream())
        .map(e -> new Recorded(e.incidentId(), e.number()))
        .findFirst();
  }

  @Override
  public synchronized void remember(
      String teamId, String channelId, String userId, String text, long eventId, Instant at) {
    typed.add(new Typed(teamId, channelId, userId, text, eventId, at));
  }

  @Override
  public synchronized int forgetBefore(Instant before) {
    int was = typed.size();
    typed.removeIf(t -> t.at().isBefore(before));
    return was - typed.size();
  }
}
