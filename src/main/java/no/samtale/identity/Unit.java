package no.samtale.identity;

/** An organisational unit as other modules see it. */
public record Unit(long id, String name, UnitKind kind) {
}
