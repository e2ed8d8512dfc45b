package dev.scribe.slack.review;

import dev.scribe.review.Review;
import dev.scribe.review.ReviewService;
import dev.scribe.review.ReviewService.Reviewed;
import dev.scribe.review.Reviewer;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code /pm review @a @b} asks reviewers (again); {@code /pm review remove @a} takes one off;
 * {@code /pm review} alone says where the review stands. The request is answered in the channel
 * with a live mention of each reviewer asked — the one reply whose mentions notify — so that Slack
 * tells them; everywhere else people are shown by name. (A candidate for the durable outbox: a
 * direct message to each reviewer, sent exactly once, would reach those not in the channel too.)
 */
public final class ReviewCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm review @lee @kim";

  private final ReviewService reviews;

  public ReviewCommand(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public List<String> names() {
    return List.of("review");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm review @a @b` asks them to review the post-mortem (it is Final once each has run `/pm approve`); "
            + "`/pm review remove @a`; `/pm review` shows where it stands — `"
            + EXAMPLE
            + "`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    if (args.isBlank()) {
      return Reply.ephemeral(describe(reviews.current(request.teamId(), request.channelId())));
    }
    String[] parts = args.strip().split("\\s+", 2);
    if (parts[0].toLowerCase(Locale.ROOT).equals("remove")) {
      List<String> ids =
          Mentions.userIds(parts.length > 1 ? parts[1] : "", "/pm review remove @lee");
      Reviewed removed =
          reviews.remove(request.teamId(), request.channelId(), request.userId(), ids);
      return Reply.confirmation(
          ":wastebasket: <@"
              + request.userId()
              + "> took "
              + mentions(ids)
              + " off the reviewers of "
              + removed.incident().publicId()
              + ".\n"
              + describe(removed));
    }
    List<String> ids = Mentions.userIds(args, EXAMPLE);
    Reviewed asked = reviews.request(request.teamId(), request.channelId(), request.userId(), ids);
    return Reply.inChannel(
            ":mag: "
                + mentions(asked.asked())
                + ": <@"
                + request.userId()
                + "> asks you to review the post-mortem of *"
                + asked.incident().publicId()
                + "* (version "
                + asked.review().version()
                + ", the latest draft in this channel). When you are happy with it, type `/pm approve` here;"
                + " it is Final once every reviewer has.")
        .mentioning(asked.asked());
  }

  static String describe(Reviewed reviewed) {
    Review review = reviewed.review();
    String head =
        "*" + reviewed.incident().publicId() + "* post-mortem: *" + review.status().display() + "*";
    if (review.version() == 0) {
      return head + ", not drafted yet (`/pm draft` makes version 1).";
    }
    head += ", version " + review.version() + ".";
    if (review.reviewers().isEmpty()) {
      return head + " Nobody is asked to review it yet: `" + EXAMPLE + "`.";
    }
    String approved = ids(review.approvedBy());
    String waiting = ids(review.waitingFor());
    return head
        + (approved.isEmpty() ? "" : " Approved by " + approved + ".")
        + (waiting.isEmpty() ? "" : " Waiting for " + waiting + ".");
  }

  private static String ids(List<Reviewer> reviewers) {
    return mentions(reviewers.stream().map(Reviewer::userId).toList());
  }

  static String mentions(List<String> ids) {
    return ids.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
  }
}
