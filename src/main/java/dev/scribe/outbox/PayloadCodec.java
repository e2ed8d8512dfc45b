package dev.scribe.outbox;

/** Turns payload records into the text the outbox stores, and back. */
public interface PayloadCodec {

  /** The payload as text. */
  String encode(Record payload);

  /**
   * The payload read back as {@code type}.
   *
   * @throws IllegalArgumentException when the text is not such a payload
   */
  <P extends Record> P decode(String text, Class<P> type);
}
