package dev.scribe.postmortem;

import java.util.List;

/**
 * The incident's action items.
 *
 * @param all every item, by number
 * @param groups one group per kind, in the order short-term, long-term, process
 * @param shortTerm the short-term fixes
 * @param longTerm the long-term improvements
 * @param process the process changes
 * @param count how many there are
 * @param open how many are still open
 * @param any true when there is at least one
 */
public record ActionsView(
    List<ActionView> all,
    List<Group> groups,
    List<ActionView> shortTerm,
    List<ActionView> longTerm,
    List<ActionView> process,
    int count,
    int open,
    boolean any) {

  /**
   * The items of one kind.
   *
   * @param kind "short-term", "long-term" or "process"
   * @param heading "Short-term fixes"…
   * @param items the items
   * @param empty true when there are none
   */
  public record Group(String kind, String heading, List<ActionView> items, boolean empty) {}

  /**
   * One action item, ready for a table row.
   *
   * @param number its number ({@code /pm done N})
   * @param text what is to be done
   * @param owner the owner's name, or a prompt
   * @param due the due date, or a prompt
   * @param priority "critical"… "low"
   * @param status "open", "done" or "dropped"
   * @param ticket a link to the tracker, or "—"
   * @param kind "short-term", "long-term" or "process"
   * @param done true when done
   */
  public record ActionView(
      int number,
      String text,
      String owner,
      String due,
      String priority,
      String status,
      String ticket,
      String kind,
      boolean done) {}
}
