package no.samtale.platform.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What a field takes, said to a client that sent something else: "one of PUBLIC, PRIVATE", "a whole number",
 * "text". Jackson and Spring's converters know the type they could not fill; without this a client learned only that
 * a value "cannot be read" or "has the wrong type".
 */
final class ExpectedValues {

	private ExpectedValues() {
	}

	/** The type Jackson was filling when it gave up, or null when the error is not about one value's type. */
	static @Nullable Class<?> targetOf(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				return mismatch.getTargetType();
			}
		}
		return null;
	}

	/** "must be a whole number" and the like, or null for a type we have no short words for. */
	static @Nullable String mustBe(@Nullable Class<?> type) {
		String expected = expected(type);
		return expected == null ? null : "must be " + expected;
	}

	private static @Nullable String expected(@Nullable Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class || type == BigInteger.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == BigDecimal.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text";
		}
		if (type == LocalDate.class) {
			return "a date as 2026-12-07";
		}
		if (type == LocalTime.class) {
			return "a time as 14:30";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == LocalDateTime.class) {
			return "a date and time as 2026-12-07T14:30:00Z";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return null;
	}

}
