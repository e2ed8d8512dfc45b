package dev.scribe.postmortem;

import java.time.Instant;

/** A workspace's own draft templates, stored by Scribe ({@code /pm template save}). */
public interface TemplateStore {

  /** Saves the workspace's template, replacing one of the same name. */
  void save(String teamId, DraftTemplate template, String userId, Instant at);

  /** Removes the workspace's template of that name; true when there was one. */
  boolean delete(String teamId, String name);

  /** The workspace's stored templates as a catalogue, to combine with the others. */
  TemplateCatalog catalog(String teamId);
}
