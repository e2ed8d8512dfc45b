package dev.scribe.postmortem;

import java.util.Objects;

/** A template's name and its one-line description, as {@code /pm draft list} shows them. */
public record TemplateInfo(String name, String description) {

  public TemplateInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
