package dev.scribe.slack.review;

import dev.scribe.review.ReviewService;
import dev.scribe.review.ReviewService.Reviewed;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;

/**
 * {@code /pm approve}: a reviewer approves the post-mortem; the last approval needed makes it
 * Final. Anyone else gets a friendly refusal saying who can.
 */
public final class ApproveCommand implements PmSubcommand {

  private final ReviewService reviews;

  public ApproveCommand(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public List<String> names() {
    return List.of("approve");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm approve` approves the post-mortem, if you were asked to review it; when every reviewer has, it is Final");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    Reviewed approved = reviews.approve(request.teamId(), request.channelId(), request.userId());
    String who = "<@" + request.userId() + ">";
    String what =
        "the post-mortem of *"
            + approved.incident().publicId()
            + "* (version "
            + approved.review().version()
            + ")";
    if (approved.review().isFinal()) {
      return Reply.inChannel(
          ":white_check_mark: "
              + who
              + " approved "
              + what
              + ". Every reviewer has: it is *Final*.");
    }
    return Reply.inChannel(
        ":ballot_box_with_check: "
            + who
            + " approved "
            + what
            + ". Waiting for "
            + ReviewCommand.mentions(
                approved.review().waitingFor().stream().map(r -> r.userId()).toList())
            + ".");
  }
}
