package dev.scribe.slack;

import dev.scribe.common.CommandClock;
import dev.scribe.common.DeferredRequest;
import dev.scribe.common.DeferredRequests;
import dev.scribe.common.Transactor;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that had to wait for a fact about their sender (their zone, their role, the admin
 * group): taken durably and acknowledged at once, then completed when the fact arrives — with the
 * moment Slack delivered them as "now" — and answered through the outbox. If Slack does not tell
 * the fact within {@link #GIVE_UP_AFTER}, the request is completed as well as it can be (a time
 * read in the default zone, saying so; an admin-only change refused, saying why), well before its
 * {@code response_url} expires (30 minutes).
 */
public final class Deferrals {

  /** Completes one kind of deferred request. */
  public interface Completer {
    /**
     * Completes the request, inside the transaction that claims it and with "now" at its receipt.
     *
     * @param facts what is known of the sender now
     * @param givingUp Slack did not tell the awaited fact in time: do without it
     * @return the answer to send to its {@code response_url}, if it has one
     * @throws FactNeeded when a fact is still missing (it waits again)
     */
    Optional<Answer> complete(DeferredRequest request, UserFacts facts, boolean givingUp);
  }

  /** What a completed request answers. */
  public record Answer(Reply reply, boolean inChannel) {}

  /** Long before a response_url expires (30 min), short enough that nobody waits long. */
  static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

  static final int MAX_FAILURES = 5;
  private static final Logger log = LoggerFactory.getLogger(Deferrals.class);

  private final DeferredRequests store;
  private final SlackUserDirectory users;
  private final FactsLearner learner;
  private final Transactor transactor;
  private final CommandClock clock;
  private final DeferredAnswers answers;
  private final WorkspaceRulesRepository rules;
  private final Map<String, Completer> completers = new ConcurrentHashMap<>();

  public Deferrals(
      DeferredRequests store,
      SlackUserDirectory users,
      FactsLearner learner,
      Transactor transactor,
      CommandClock clock,
      DeferredAnswers answers,
      WorkspaceRulesRepository rules) {
    this.rules = rules;
    this.store = store;
    this.users = users;
    this.learner = learner;
    this.transactor = transactor;
    this.clock = clock;
    this.answers = answers;
    learner.onLearned(this::learned);
  }

  public void register(String kind, Completer completer) {
    completers.put(kind, completer);
  }

  /**
   * Takes a request that waits for {@code fact}: stored (alone, in its own transaction) before this
   * returns, so the ack that follows is a promise kept; asking Slack starts after the ack.
   */
  public void take(DeferredRequest request, FactNeeded.Fact fact) {
    DeferredRequest waiting =
        new DeferredRequest(
            0,
            request.teamId(),
            request.channelId(),
            request.userId(),
            request.kind(),
            request.body(),
            request.responseUrl(),
            request.receivedAt(),
            fact.stored(),
            0);
    store.take(waiting, clock.instant().plus(retryDelay(0)));
    ask(waiting, fact);
  }

  /** A fact arrived: completes what waited for it. */
  void learned(String teamId, Optional<String> userId) {
    if (userId.isPresent()) {
      store.waitingFrom(teamId, userId.get()).forEach(r -> tryToComplete(r, false));
    } else {
      store.waitingIn(teamId).stream()
          .filter(r -> r.waitingFor().equals(FactNeeded.Fact.ADMIN_GROUP.stored()))
          .forEach(r -> tryToComplete(r, false));
    }
  }

  /**
   * Tries again every request whose next try is due: completes it if the fact arrived meanwhile,
   * asks Slack again if not, or does without it once {@link #GIVE_UP_AFTER} has passed.
   */
  public void sweep() {
    Instant now = clock.instant();
    for (DeferredRequest request : store.due(now, 100)) {
      tryToComplete(request, !now.isBefore(request.receivedAt().plus(GIVE_UP_AFTER)));
    }
  }

  /** True while any request waits. */
  public boolean anyWaiting() {
    return store.anyWaiting();
  }

  private void tryToComplete(DeferredRequest request, boolean givingUp) {
    Completer completer = completers.get(request.kind());
    if (completer == null) {
      log.error("No completer for deferred {} request {}", request.kind(), request.id());
      return;
    }
    try {
      transactor.run(
          () -> {
            if (!store.complete(request.teamId(), request.id(), clock.instant())) {
              return; // completed already, here or by another replica
            }
            UserFacts facts = users.known(request.teamId(), request.userId());
            clock
                .at(request.receivedAt(), () -> completer.complete(request, facts, givingUp))
                .ifPresent(a -> answers.answer(request, a.reply(), a.inChannel()));
          });
    } catch (FactNeeded stillMissing) {
      // Rolled back: it waits again, now for what is still missing.
      store.retryLater(
          request.teamId(),
          request.id(),
          stillMissing.fact().stored(),
          clock.instant().plus(retryDelay(request.attempts() + 1)));
      ask(request, stillMissing.fact());
    } catch (RuntimeException e) {
      if (request.attempts() + 1 >= MAX_FAILURES) {
        failForGood(request, e);
      } else {
        log.warn("Completing deferred request {} failed; will try again", request.id(), e);
        store.retryLater(
            request.teamId(),
            request.id(),
            request.waitingFor(),
            clock.instant().plus(retryDelay(request.attempts() + 1)));
      }
    }
  }

  /** Never silence: a request that keeps failing is answered with the failure, once. */
  private void failForGood(DeferredRequest request, RuntimeException e) {
    transactor.run(
        () -> {
          if (store.complete(request.teamId(), request.id(), clock.instant())) {
            answers.answer(
                request, ErrorReplies.unexpected(e, "a deferred " + request.kind()), false);
          }
        });
  }

  private void ask(DeferredRequest request, FactNeeded.Fact fact) {
    switch (fact) {
      case ZONE, ROLE -> learner.learnLater(request.teamId(), request.userId());
      case ADMIN_GROUP ->
          rules
              .rules(request.teamId())
              .adminGroup()
              .ifPresent(group -> learner.learnGroupLater(request.teamId(), group.id()));
    }
  }

  /** 5 s, 10 s, 20 s… up to a minute. */
  private static Duration retryDelay(int attempts) {
    return Duration.ofSeconds(Math.min(60, 5L << Math.min(attempts, 4)));
  }
}
