package dev.scribe.slack.drafts;

import dev.scribe.common.UserFacingException;
import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.PostmortemService;
import dev.scribe.slack.AdminGate;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;
import java.util.Locale;

/**
 * {@code /pm template save NAME} (the template on the following lines), {@code show NAME}, {@code
 * delete NAME}, {@code list}: a workspace's own post-mortem templates, stored in Scribe.
 */
public final class TemplateCommand implements PmSubcommand {

  static final String EXAMPLE =
      "/pm template save onepager\n# {{incident.id}} {{incident.title}}\n{{field.summary.block}}";

  /** Slack cuts a message at 40,000 characters; show a stored template with room to spare. */
  private static final int MAX_SHOWN = 35_000;

  private final PostmortemService postmortems;
  private final AdminGate admins;

  public TemplateCommand(PostmortemService postmortems, AdminGate admins) {
    this.postmortems = postmortems;
    this.admins = admins;
  }

  @Override
  public List<String> names() {
    return List.of("template", "templates");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm template save NAME` + the template on the next lines · `/pm template show|delete NAME` · "
            + "`/pm template list` — your own draft templates (mustache; tried on a sample incident "
            + "before they are saved; saving and deleting are for workspace admins; see the README)");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    String[] parts = args.strip().split("\\s+", 3);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    if (verb.isEmpty() || verb.equals("list")) {
      return Reply.ephemeral(
          "*Templates* (`/pm draft NAME`):\n"
              + postmortems.drafts(request.teamId()).templateListing());
    }
    String name = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
    if (!DraftTemplate.isValidName(name)) {
      throw new UserFacingException(
          "Give the template a name of letters, digits, `-` or `_` (not `list`).", EXAMPLE);
    }
    if (verb.equals("save") || verb.equals("delete")) {
      admins.requireAdmin(request, "save or delete the workspace's templates");
    }
    return switch (verb) {
      case "save" -> save(request, name, args);
      case "show" -> show(request, name);
      case "delete" -> delete(request, name);
      default ->
          throw new UserFacingException(
              "I can `save`, `show`, `delete` or `list` templates.", EXAMPLE);
    };
  }

  private Reply save(PmRequest request, String name, String args) {
    int newline = args.indexOf('\n');
    String source = newline < 0 ? "" : unescape(args.substring(newline + 1)).strip();
    if (source.isEmpty()) {
      throw new UserFacingException(
          "Put the template on the lines after `/pm template save " + name + "`.", EXAMPLE);
    }
    DraftTemplate template = DraftTemplate.of(name, source + "\n");
    postmortems.saveTemplate(request.teamId(), template, request.userId());
    return Reply.confirmation(
        ":page_facing_up: <@"
            + request.userId()
            + "> saved the template `"
            + name
            + "` for this workspace. Use it with `/pm draft "
            + name
            + "`.");
  }

  private Reply show(PmRequest request, String name) {
    DraftTemplate template = postmortems.drafts(request.teamId()).template(name);
    String source =
        template.source().length() > MAX_SHOWN
            ? template.source().substring(0, MAX_SHOWN) + "\n…"
            : template.source();
    // Stored unescaped: shown in Slack's encoding, so it reads as written and mentions nobody.
    return Reply.ephemeral(
        "Template `" + name + "`:\n```\n" + InertMrkdwn.escape(source) + "\n```");
  }

  private Reply delete(PmRequest request, String name) {
    if (!postmortems.deleteTemplate(request.teamId(), name)) {
      throw new UserFacingException(
          "This workspace has no stored template `" + name + "`.", "/pm template list");
    }
    return Reply.confirmation(
        ":wastebasket: <@" + request.userId() + "> deleted the template `" + name + "`.");
  }

  /** Slack escapes these three in command text; a template's Markdown needs them back. */
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
