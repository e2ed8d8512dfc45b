package dev.scribe.postmortem;

import dev.scribe.postmortem.DraftView.ParticipantView;
import dev.scribe.timeline.TimelineEvent;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everyone the timeline names: who declared, owns, said, recorded, or was mentioned. */
final class Participants {

  private enum Role {
    DECLARED("declared the incident"),
    OWNER("incident owner"),
    QUOTED("quoted"),
    RECORDED("recorded events"),
    MENTIONED("mentioned");

    private final String words;

    Role(String words) {
      this.words = words;
    }
  }

  private Participants() {}

  /**
   * @param events in time order, so people appear in the order they joined
   */
  static List<ParticipantView> of(DraftSource source, List<TimelineEvent> events, EventText text) {
    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    add(roles, source.incident().declaredBy(), Role.DECLARED);
    source.incident().owner().ifPresent(id -> add(roles, id, Role.OWNER));
    for (TimelineEvent event : events) {
      event.author().ifPresent(id -> add(roles, id, Role.QUOTED));
      add(roles, event.recordedBy(), Role.RECORDED);
      text.mentions(event.text()).forEach(id -> add(roles, id, Role.MENTIONED));
    }
    return roles.entrySet().stream()
        .map(
            e ->
                new ParticipantView(
                    Markdown.inline(source.nameOf(e.getKey())), e.getKey(), describe(e.getValue())))
        .toList();
  }

  private static void add(Map<String, Set<Role>> roles, String userId, Role role) {
    if (userId != null && !userId.isBlank()) {
      roles.computeIfAbsent(userId, id -> EnumSet.noneOf(Role.class)).add(role);
    }
  }

  private static String describe(Set<Role> roles) {
    return roles.stream().map(r -> r.words).collect(Collectors.joining(", "));
  }
}
