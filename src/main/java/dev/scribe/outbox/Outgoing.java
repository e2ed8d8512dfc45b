package dev.scribe.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** A claimed message on its way to its sender: the payload and what this attempt knows. */
public final class Outgoing<P extends Record> {

  private final OutboxEntry entry;
  private final P payload;
  private final Consumer<String> progressLog;

  /**
   * @param entry the claimed line
   * @param payload its payload, read
   * @param progressLog stores what {@link #saveProgress} is given, for a later attempt
   */
  public Outgoing(OutboxEntry entry, P payload, Consumer<String> progressLog) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.progressLog = Objects.requireNonNull(progressLog, "progressLog");
  }

  public long id() {
    return entry.id();
  }

  public String teamId() {
    return entry.teamId();
  }

  public String dedupeKey() {
    return entry.dedupeKey();
  }

  public P payload() {
    return payload;
  }

  /** This attempt's number, 1 for the first. */
  public int attempt() {
    return entry.attempts();
  }

  /** When the message was enqueued; no message in Slack older than this can be it. */
  public Instant enqueuedAt() {
    return entry.enqueuedAt();
  }

  /** What an earlier attempt noted with {@link #saveProgress}, if anything. */
  public Optional<String> progress() {
    return Optional.ofNullable(entry.progress());
  }

  /**
   * Notes how far this attempt got before a step whose outcome could be lost, so that a later
   * attempt can find out whether it completed.
   */
  public void saveProgress(String progress) {
    progressLog.accept(progress);
  }
}
