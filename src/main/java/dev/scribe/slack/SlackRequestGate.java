package dev.scribe.slack;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into Bolt from HTTP: a request is checked to be Slack's (signature and time) and
 * well-formed before Bolt parses it, and what Bolt throws becomes a status Slack can act on.
 *
 * <ul>
 *   <li>unsigned, badly signed, stale or future-dated: 401, nothing parsed;
 *   <li>signed but not a shape Slack sends: 400 (a 500 would make Slack retry it for nothing);
 *   <li>a Slack Web API failure inside Bolt's own middleware: 200, logged — the delivery is taken,
 *       and retrying it would meet the same failure;
 *   <li>anything else Bolt or a handler throws: 500, so that Slack retries a delivery that may not
 *       have been stored.
 * </ul>
 */
final class SlackRequestGate {

  private static final Logger log = LoggerFactory.getLogger(SlackRequestGate.class);

  private final App app;
  private final SlackSignatureCheck signatures;
  private final SlackRequestParser parser;

  SlackRequestGate(App app, Clock clock) {
    this.app = app;
    this.signatures = new SlackSignatureCheck(app.config().getSigningSecret(), clock);
    this.parser = new SlackRequestParser(app.config());
  }

  /** A request as read from the wire; {@code body} is exactly the bytes Slack signed. */
  record Incoming(
      String path,
      String query,
      Map<String, List<String>> headers,
      String remoteAddress,
      byte[] body) {}

  HttpAnswer serve(Incoming incoming) {
    RequestHeaders headers = new RequestHeaders(incoming.headers());
    Optional<String> unsigned =
        signatures.problem(
            headers.getFirstValue("X-Slack-Request-Timestamp"),
            headers.getFirstValue("X-Slack-Signature"),
            incoming.body());
    if (unsigned.isPresent()) {
      log.debug("Refused a request from {}: {}", incoming.remoteAddress(), unsigned.get());
      return HttpAnswer.text(401, "Unauthorized: " + unsigned.get());
    }
    Optional<String> text = utf8(incoming.body());
    Optional<String> malformed =
        text.isEmpty() ? Optional.of("the body is not UTF-8") : PayloadShape.problem(text.get());
    if (malformed.isPresent()) {
      return badRequest(malformed.get());
    }
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(incoming.path())
                  .queryString(QueryStringParser.toMap(incoming.query()))
                  .requestBody(text.get())
                  .headers(headers)
                  .remoteAddress(incoming.remoteAddress())
                  .build());
    } catch (RuntimeException e) {
      log.warn("Bolt could not parse a signed request", e);
      return badRequest("not a payload Slack sends");
    }
    if (request == null) {
      return badRequest("not a kind of request Slack sends");
    }
    return run(request);
  }

  private HttpAnswer run(Request<?> request) {
    try {
      return HttpAnswer.of(app.run(request));
    } catch (SlackApiException | IOException e) {
      log.warn(
          "Slack's Web API failed while Bolt prepared a {} request ({}); acknowledged it anyway",
          request.getRequestType(),
          e.getMessage());
      return HttpAnswer.text(200, "");
    } catch (JsonParseException e) {
      log.warn("A signed {} request has a field of the wrong type", request.getRequestType(), e);
      return badRequest("a field of the payload has the wrong type");
    } catch (Exception e) {
      log.error("Failed to handle a {} request", request.getRequestType(), e);
      return HttpAnswer.text(500, "Internal Server Error");
    }
  }

  private static HttpAnswer badRequest(String why) {
    log.warn("Answered a signed request with 400: {}", why);
    return HttpAnswer.text(400, "Bad Request: " + why);
  }

  private static Optional<String> utf8(byte[] body) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
