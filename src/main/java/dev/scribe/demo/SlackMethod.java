package dev.scribe.demo;

import com.google.gson.JsonObject;

/**
 * One fake Web API method: the call in, Slack's JSON out; {@link SlackError} for {@code ok:false}.
 */
@FunctionalInterface
interface SlackMethod {
  JsonObject call(RecordedCall call);

  /** A parameter the method cannot do without; Slack answers its absence with {@code error}. */
  static String required(RecordedCall call, String name, String error) {
    return call.param(name)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> new SlackError(error));
  }
}
