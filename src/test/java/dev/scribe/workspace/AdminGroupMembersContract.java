package dev.scribe.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AdminGroupMembers} must do; the fake and the databases run it. */
public abstract class AdminGroupMembersContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00.123Z");

  private AdminGroupMembers members;

  protected abstract AdminGroupMembers members();

  @BeforeEach
  void setUp() {
    members = members();
  }

  @Test
  void aGroupNeverListedIsUnknownNotEmpty() {
    assertThat(members.includes("T1", "S1", "U1")).isEmpty();
    assertThat(members.fetchedAt("T1", "S1")).isEmpty();
    members.replace("T1", "S1", List.of(), AT);
    assertThat(members.includes("T1", "S1", "U1")).contains(false);
    assertThat(members.fetchedAt("T1", "S1")).contains(AT);
  }

  @Test
  void theLatestListReplacesTheEarlierOne() {
    members.replace("T1", "S1", List.of("U1", "U2"), AT);
    assertThat(members.includes("T1", "S1", "U1")).contains(true);
    members.replace("T1", "S1", List.of("U2", "U3"), AT.plusSeconds(60));
    assertThat(members.includes("T1", "S1", "U1")).contains(false);
    assertThat(members.includes("T1", "S1", "U3")).contains(true);
    assertThat(members.fetchedAt("T1", "S1")).contains(AT.plusSeconds(60));
  }

  @Test
  void groupsStayInsideTheirWorkspace() {
    members.replace("T1", "S1", List.of("U1"), AT);
    assertThat(members.includes("T2", "S1", "U1")).isEmpty();
    assertThat(members.includes("T1", "S2", "U1")).isEmpty();
  }
}
