package dev.scribe.postmortem;

import java.time.Instant;

/** Draft templates a workspace saved with {@code /pm template save}. */
public interface TemplateStore {

  /** Saves the template under its name, replacing the workspace's template of that name. */
  void save(String teamId, DraftTemplate template, String userId, Instant at);

  /** Removes the workspace's template of that name; false when there was none. */
  boolean delete(String teamId, String name);

  /** The workspace's templates as a catalogue, to combine with the others. */
  TemplateCatalog catalog(String teamId);
}
