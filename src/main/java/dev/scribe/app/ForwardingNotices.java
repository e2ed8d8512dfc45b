package dev.scribe.app;

import dev.scribe.common.ChangeNotices;
import java.util.Collection;

/**
 * The change notices the services are built with: forwarded to App Home's publisher once the Slack
 * app exists, and to nobody before (command-line tools have no App Home to refresh).
 */
final class ForwardingNotices implements ChangeNotices {

  private volatile ChangeNotices target = ChangeNotices.NONE;

  void forwardTo(ChangeNotices target) {
    this.target = target;
  }

  @Override
  public void itemsChanged(String teamId, Collection<String> userIds) {
    target.itemsChanged(teamId, userIds);
  }

  @Override
  public void incidentsChanged(String teamId) {
    target.incidentsChanged(teamId);
  }
}
