package no.samtale.identity;

import org.jspecify.annotations.Nullable;

/** How a user is shown beside what they wrote: name and unit, never more. */
public record Person(long id, String name, @Nullable String unitName) {
}
