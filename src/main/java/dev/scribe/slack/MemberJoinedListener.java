package dev.scribe.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;

/**
 * Someone joined a channel Scribe is in (an incident channel): their zone and role are fetched
 * after the ack, so that their first command need not wait for them.
 */
public final class MemberJoinedListener {

  private final FactsLearner learner;

  public MemberJoinedListener(FactsLearner learner) {
    this.learner = learner;
  }

  public void register(App app) {
    app.event(MemberJoinedChannelEvent.class, this::joined);
  }

  Response joined(EventsApiPayload<MemberJoinedChannelEvent> payload, EventContext ctx) {
    MemberJoinedChannelEvent event = payload.getEvent();
    if (event != null && event.getUser() != null) {
      learner.learnLater(payload.getTeamId(), event.getUser());
    }
    return ctx.ack();
  }
}
