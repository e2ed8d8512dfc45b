package dev.scribe;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserDirectory;
import dev.scribe.incident.IncidentService;
import dev.scribe.incident.TimelineService;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiSlackUsers;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiWorkspaceSettingsRepository;
import dev.scribe.timeline.EventInputParser;
import java.time.Clock;

/**
 * The domain services over one database, shared by the Slack app and the command line. Built
 * with {@code new}, in one place: this is the composition root's first half.
 */
public final class Services {

  final Database database;
  final Clock clock;
  final JdbiIncidentRepository incidentRepository;
  final JdbiTimelineRepository timelineRepository;
  final JdbiWorkspaceSettingsRepository workspaceSettings;
  final JdbiSlackUsers slackUsers;
  final Transactor transactor;
  final IncidentService incidents;
  final TimelineService timeline;
  final EventInputParser eventParser;

  Services(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.incidentRepository = new JdbiIncidentRepository(database.jdbi());
    this.timelineRepository = new JdbiTimelineRepository(database.jdbi());
    this.workspaceSettings = new JdbiWorkspaceSettingsRepository(database.jdbi());
    this.slackUsers = new JdbiSlackUsers(database.jdbi());
    this.transactor = new JdbiTransactor(database.jdbi());
    this.incidents = new IncidentService(incidentRepository, timelineRepository, transactor, clock);
    this.timeline = new TimelineService(incidentRepository, timelineRepository, timelineRepository, incidents,
        transactor, clock);
    this.eventParser = new EventInputParser(clock);
  }

  public Database database() {
    return database;
  }

  public IncidentService incidents() {
    return incidents;
  }

  public TimelineService timeline() {
    return timeline;
  }

  public JdbiIncidentRepository incidentRepository() {
    return incidentRepository;
  }

  public JdbiSlackUsers slackUsers() {
    return slackUsers;
  }

  /** Names and zones from the users.info cache only: for offline commands. */
  public UserDirectory offlineUsers() {
    return dev.scribe.slack.SlackUserDirectory.offline(slackUsers, clock);
  }
}
