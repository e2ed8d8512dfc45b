package dev.scribe.slack;

import dev.scribe.common.DeferredRequest;

/** Where the answer to a request completed after its ack goes: its {@code response_url}. */
public interface DeferredAnswers {

  /**
   * Promises the answer. Called in the transaction that completes the request, so the answer is
   * owed if and only if the request was completed.
   */
  void answer(DeferredRequest request, Reply reply, boolean inChannel);
}
