package no.samtale.identity;

/** How a user is shown beside what they wrote: name and unit, never more. */
public record Person(long id, String name, String unitName) {
}
