package dev.scribe.postmortem;

import dev.scribe.common.UserFacingException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where draft templates come from: built in, a directory, the database — or all of them. */
public interface TemplateCatalog {

  /** Every template this catalogue offers, in the order {@code /pm draft list} shows them. */
  List<TemplateInfo> list();

  /** The template of that name (case-insensitive), if this catalogue has one. */
  Optional<DraftTemplate> find(String name);

  /** The template of that name, or a problem naming the templates there are. */
  default DraftTemplate load(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "There is no draft template called `"
                        + name
                        + "`. Available: "
                        + list().stream()
                            .map(t -> "`" + t.name() + "`")
                            .collect(Collectors.joining(", "))
                        + ".",
                    "/pm draft full"));
  }
}
