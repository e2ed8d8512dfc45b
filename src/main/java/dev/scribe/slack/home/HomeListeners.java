package dev.scribe.slack.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.scribe.home.HomeSection;
import dev.scribe.home.HomeService;
import dev.scribe.incident.Incident;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * App Home's requests: opening the tab, turning a list's page, and a post-mortem's "Draft" button.
 * Each stores what it must and acknowledges; the view is published afterwards by {@link
 * HomePublisher}, and the draft made by the drafting service.
 */
public final class HomeListeners {

  /** Drafts the post-mortem of an incident for a user, after the acknowledgement. */
  public interface Drafter {
    void draftLater(Incident incident, String requesterId);
  }

  private final HomeService homes;
  private final HomePublisher publisher;
  private final BiFunction<String, Long, Optional<Incident>> incidents;
  private final Drafter drafter;

  /**
   * @param incidents an incident by workspace and id
   */
  public HomeListeners(
      HomeService homes,
      HomePublisher publisher,
      BiFunction<String, Long, Optional<Incident>> incidents,
      Drafter drafter) {
    this.homes = homes;
    this.publisher = publisher;
    this.incidents = incidents;
    this.drafter = drafter;
  }

  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, this::opened);
    app.blockAction(HomeView.PREVIOUS, this::turn);
    app.blockAction(HomeView.NEXT, this::turn);
    app.blockAction(HomeView.DRAFT, this::draft);
  }

  /** Also sent for the Messages tab, which Scribe leaves as it is. */
  Response opened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    if ("home".equals(event.getTab()) && event.getUser() != null) {
      homes.opened(payload.getTeamId(), event.getUser());
      publisher.opened(payload.getTeamId(), event.getUser());
    }
    return ctx.ack();
  }

  private Response turn(BlockActionRequest req, ActionContext ctx) {
    String[] value = String.valueOf(req.getPayload().getActions().get(0).getValue()).split(":");
    Optional<HomeSection> section =
        value.length == 2 && value[1].matches("\\d{1,6}")
            ? HomeSection.fromWord(value[0])
            : Optional.empty();
    String user = req.getPayload().getUser().getId();
    section.ifPresent(s -> homes.turn(ctx.getTeamId(), user, s, Integer.parseInt(value[1])));
    publisher.opened(ctx.getTeamId(), user);
    return ctx.ack();
  }

  private Response draft(BlockActionRequest req, ActionContext ctx) {
    String value = req.getPayload().getActions().get(0).getValue();
    String user = req.getPayload().getUser().getId();
    if (value != null && value.matches("\\d{1,18}")) {
      incidents
          .apply(ctx.getTeamId(), Long.parseLong(value))
          .ifPresent(incident -> drafter.draftLater(incident, user));
    }
    return ctx.ack();
  }
}
