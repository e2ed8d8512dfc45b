package dev.scribe.storage;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.MessageActionItems;
import dev.scribe.timeline.MessageRef;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Action items from Slack messages in the database. */
public final class JdbiMessageActionItems implements MessageActionItems {

  private final SqlObjects.Attached<MessageItemDao> dao;

  public JdbiMessageActionItems(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, MessageItemDao.class);
  }

  @Override
  public Optional<ActionItem> addUnlessRecorded(
      String teamId, ActionDraft draft, MessageRef message) {
    return dao.get()
        .addUnlessRecorded(teamId, draft, message.channelId(), message.ts())
        .flatMap(id -> dao.get().byId(teamId, id))
        .map(ActionItemDao.ItemRow::item);
  }

  @Override
  public Optional<ActionItem> fromMessage(String teamId, long incidentId, MessageRef message) {
    return dao.get()
        .fromMessage(teamId, incidentId, message.channelId(), message.ts())
        .map(ActionItemDao.ItemRow::item);
  }

  @Override
  public void attachMessage(
      String teamId, long itemId, String placeholder, String text, Optional<String> ownerId) {
    dao.get().attachMessage(teamId, itemId, placeholder, text, ownerId.orElse(null));
  }

  @Override
  public List<Pending> awaitingMessage(int limit) {
    return dao.get().awaitingMessage(limit).stream()
        .map(
            r -> new Pending(r.teamId(), r.id(), new MessageRef(r.sourceChannelId(), r.sourceTs())))
        .toList();
  }
}
