package dev.scribe.demo;

import java.time.ZoneId;
import java.util.Objects;

/** A workspace member the fake knows: enough for {@code users.info}. */
record FakeUser(String id, String name, String realName, ZoneId zone, boolean bot) {

  FakeUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(realName, "realName");
    Objects.requireNonNull(zone, "zone");
  }
}
