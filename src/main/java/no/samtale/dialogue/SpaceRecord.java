package no.samtale.dialogue;

import java.time.Instant;

public record SpaceRecord(long id, SpaceKind kind, String name, String description, Instant createdAt) {
}
