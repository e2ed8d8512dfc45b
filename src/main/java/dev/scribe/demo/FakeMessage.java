package dev.scribe.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as the fake Slack stores it.
 *
 * @param channel the channel id
 * @param ts the message's timestamp id, {@code 1700000000.000100}
 * @param threadTs the thread's parent ts: absent for a plain message, equal to {@code ts} for a
 *     parent that has replies, else the parent of this reply
 * @param user the posting user ({@code U…}); a bot's messages carry the bot user too
 * @param botId present when an app posted it
 * @param text the message text
 * @param blocks Block Kit JSON, if any
 * @param metadata message metadata JSON, if any
 * @param editedTs when it was last edited, if ever
 * @param reactions reaction names added through {@code reactions.add}
 * @param fileIds files shared with it
 */
public record FakeMessage(
    String channel,
    String ts,
    Optional<String> threadTs,
    String user,
    Optional<String> botId,
    String text,
    Optional<String> blocks,
    Optional<String> metadata,
    Optional<String> editedTs,
    List<String> reactions,
    List<String> fileIds) {

  public FakeMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ts, "ts");
    Objects.requireNonNull(threadTs, "threadTs");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(botId, "botId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(editedTs, "editedTs");
    reactions = List.copyOf(reactions);
    fileIds = List.copyOf(fileIds);
  }

  static FakeMessage posted(
      String channel, String ts, Optional<String> threadTs, String user, String text) {
    return new FakeMessage(
        channel,
        ts,
        threadTs,
        user,
        Optional.empty(),
        text,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** True for a reply inside a thread (not for the thread's parent). */
  public boolean isReply() {
    return threadTs.isPresent() && !threadTs.get().equals(ts);
  }

  /** The instant Slack's ts encodes. */
  public Instant time() {
    BigDecimal micros = new BigDecimal(ts).movePointRight(6);
    return Instant.EPOCH.plus(micros.longValueExact(), ChronoUnit.MICROS);
  }

  FakeMessage withThreadTs(String parentTs) {
    return new FakeMessage(
        channel,
        ts,
        Optional.of(parentTs),
        user,
        botId,
        text,
        blocks,
        metadata,
        editedTs,
        reactions,
        fileIds);
  }

  FakeMessage edited(String newText, Optional<String> newBlocks, String at) {
    return new FakeMessage(
        channel,
        ts,
        threadTs,
        user,
        botId,
        newText,
        newBlocks,
        metadata,
        Optional.of(at),
        reactions,
        fileIds);
  }

  FakeMessage withReaction(String name) {
    List<String> more = new ArrayList<>(reactions);
    more.add(name);
    return new FakeMessage(
        channel, ts, threadTs, user, botId, text, blocks, metadata, editedTs, more, fileIds);
  }
}
