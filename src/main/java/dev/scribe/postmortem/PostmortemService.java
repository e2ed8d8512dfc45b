package dev.scribe.postmortem;

import dev.scribe.actions.ActionItemRepository;
import dev.scribe.common.UserDirectory;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.review.Changes;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewService;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The post-mortem of a recorded incident: what its draft is made from, drafts with the workspace's
 * templates, and the templates a workspace stores for itself.
 */
public final class PostmortemService {

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final ActionItemRepository actions;
  private final TemplateStore stored;
  private final List<TemplateCatalog> shared;
  private final DraftRenderer renderer;
  private final TimelineImager imager;
  private final EventText eventText;
  private final ReviewService reviews;
  private final Clock clock;

  /**
   * @param stored each workspace's own templates
   * @param shared the templates every workspace has (a folder's, the built-in ones), in the order
   *     they are looked up after the workspace's own
   */
  public PostmortemService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      ActionItemRepository actions,
      TemplateStore stored,
      List<TemplateCatalog> shared,
      DraftRenderer renderer,
      TimelineImager imager,
      EventText eventText,
      ReviewService reviews,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.actions = actions;
    this.stored = stored;
    this.shared = List.copyOf(shared);
    this.renderer = renderer;
    this.imager = imager;
    this.eventText = eventText;
    this.reviews = reviews;
    this.clock = clock;
  }

  /**
   * Drafts with the workspace's templates: those it stored first, so that its own can also replace
   * a shared one (say, {@code full}), then the shared ones.
   */
  public DraftService drafts(String teamId) {
    List<TemplateCatalog> sources = new ArrayList<>();
    sources.add(stored.catalog(teamId));
    sources.addAll(shared);
    return new DraftService(new CompositeTemplateCatalog(sources), renderer, imager, eventText);
  }

  /** Everything a draft is made from, now, with names from the given directory. */
  public DraftSource source(Incident incident, UserDirectory users, ZoneId zone) {
    // Each name once per draft: an event author appears on many lines.
    Map<String, Optional<String>> known = new HashMap<>();
    Function<String, Optional<String>> names =
        id -> known.computeIfAbsent(id, u -> users.displayName(incident.teamId(), u));
    Review review = reviews.review(incident);
    return new DraftSource(
        incident,
        timeline.events(incident.teamId(), incident.id()),
        incidents.fields(incident.teamId(), incident.id()),
        actions.forIncident(incident.teamId(), incident.id()),
        names,
        zone,
        clock.instant(),
        review,
        reviews.history(incident),
        reviews.changedSinceFinal(incident, review).orElse(Changes.NONE));
  }

  /**
   * Stores a workspace's template once it compiles and fills a large sample incident within the
   * renderer's limits; a broken or runaway one is a user-facing error and is not stored.
   */
  public void saveTemplate(String teamId, DraftTemplate template, String userId) {
    drafts(teamId).check(template);
    Instant now = clock.instant();
    stored.save(teamId, template, userId, now);
  }

  /** Removes a workspace's stored template; true when there was one. */
  public boolean deleteTemplate(String teamId, String name) {
    return stored.delete(teamId, name);
  }
}
