package dev.scribe.slack;

import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The answer to a request completed after its ack (it waited for a fact Slack had not told yet),
 * owed to its {@code response_url} from the moment it was completed (in the same transaction).
 *
 * @param responseUrl the request's response URL: valid for 30 minutes, five posts
 * @param body the JSON Slack takes there ({@code response_type}, {@code text}, {@code blocks})
 */
public record ResponseUrlAnswer(String responseUrl, String body) {

  /** Tried while the URL is valid: it expires 30 minutes after the request. */
  public static final MessageKind<ResponseUrlAnswer> KIND =
      new MessageKind<>(
          "response-url",
          ResponseUrlAnswer.class,
          new RetryPolicy(
              Duration.ofSeconds(2), Duration.ofMinutes(1), 40, Duration.ofMinutes(25)));

  public ResponseUrlAnswer {
    Objects.requireNonNull(responseUrl, "responseUrl");
    Objects.requireNonNull(body, "body");
  }
}
