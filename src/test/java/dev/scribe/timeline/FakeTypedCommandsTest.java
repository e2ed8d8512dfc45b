package dev.scribe.timeline;

class FakeTypedCommandsTest extends TypedCommandsContract {

  private final FakeTimelineRepository timeline = new FakeTimelineRepository();
  private long incidents = 0;

  @Override
  protected TypedCommands commands() {
    return new FakeTypedCommands(timeline);
  }

  @Override
  protected TimelineEvent event(String teamId, String channelId) {
    return timeline.add(
        teamId, ++incidents, NewEvent.typed(AT, Marker.ACK, "on-call acknowledged", "U1", AT));
  }

  @Override
  protected void delete(String teamId, long eventId) {
    timeline.delete(teamId, eventId, "U1", "delete", AT);
  }
}
