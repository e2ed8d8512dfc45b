package dev.scribe.home;

import java.util.Locale;
import java.util.Optional;

/** The lists of App Home, each paged on its own. */
public enum HomeSection {
  ITEMS,
  INCIDENTS,
  POSTMORTEMS;

  /** "items", as carried by the paging buttons. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<HomeSection> fromWord(String word) {
    for (HomeSection s : values()) {
      if (s.word().equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
