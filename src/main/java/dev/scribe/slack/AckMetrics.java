package dev.scribe.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request Bolt handles, from the moment it enters Bolt to the acknowledgement, as
 * {@code scribe_slack_ack_seconds} by kind (slash_command, event, block_action, view_submission,
 * shortcut, other), type (the command, event type, action id or callback id) and HTTP status.
 * Installed as Bolt middleware, so HTTP and Socket Mode are both counted.
 */
public final class AckMetrics implements Middleware {

  private final MeterRegistry meters;

  /**
   * The timers built so far: building one per request (tags sorted, the registry searched) was
   * measurable on the request path.
   */
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

  private record TimerKey(String kind, String type, String status) {}

  public AckMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    long started = System.nanoTime();
    Response response = null;
    try {
      response = chain.next(req);
      return response;
    } finally {
      String status =
          response == null || response.getStatusCode() == null
              ? "error"
              : response.getStatusCode().toString();
      timer(kind(req), type(req), status).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private Timer timer(String kind, String type, String status) {
    return timers.computeIfAbsent(new TimerKey(kind, type, status), this::newTimer);
  }

  private Timer newTimer(TimerKey key) {
    String kind = key.kind();
    String type = key.type();
    String status = key.status();
    return Timer.builder("scribe.slack.ack")
        .description("Time from a Slack request entering Bolt to its acknowledgement")
        .tags("kind", kind, "type", type, "status", status)
        .serviceLevelObjectives(
            Duration.ofMillis(5),
            Duration.ofMillis(10),
            Duration.ofMillis(25),
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(3))
        .register(meters);
  }

  private static String kind(Request<?> req) {
    return switch (req.getRequestType()) {
      case Command -> "slash_command";
      case Event -> "event";
      case BlockAction -> "block_action";
      case ViewSubmission -> "view_submission";
      case GlobalShortcut, MessageShortcut -> "shortcut";
      default -> "other";
    };
  }

  private static String type(Request<?> req) {
    String type = null;
    if (req instanceof SlashCommandRequest command) {
      type = command.getPayload().getCommand();
    } else if (req instanceof EventRequest event) {
      type = event.getEventType();
    } else if (req instanceof BlockActionRequest action
        && action.getPayload().getActions() != null
        && !action.getPayload().getActions().isEmpty()) {
      type = action.getPayload().getActions().get(0).getActionId();
    } else if (req instanceof ViewSubmissionRequest view && view.getPayload().getView() != null) {
      type = view.getPayload().getView().getCallbackId();
    } else if (req instanceof GlobalShortcutRequest shortcut) {
      type = shortcut.getPayload().getCallbackId();
    } else if (req instanceof MessageShortcutRequest shortcut) {
      type = shortcut.getPayload().getCallbackId();
    }
    return type == null || type.isBlank() ? "none" : type;
  }
}
