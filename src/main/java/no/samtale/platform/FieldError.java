package no.samtale.platform;

/** One offending field in a problem's {@code errors} list: a JSON path such as {@code roles[0]} and why. */
public record FieldError(String field, String detail) {
}
