package no.samtale.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.AccessAction;

/** The access log's filters, checked and turned into a WHERE clause with named parameters. */
record AccessLogQuery(String username, AccessAction action, String subjectKind, String subjectId, LocalDate from,
		LocalDate to) {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	static AccessLogQuery of(String username, String action, String subjectKind, String subjectId, String from,
			String to) {
		AccessLogQuery query = new AccessLogQuery(blankToNull(username), action(action), blankToNull(subjectKind),
				blankToNull(subjectId), date("from", from), date("to", to));
		if (query.from != null && query.to != null && query.to.isBefore(query.from)) {
			throw new InvalidInputException("to", "Must not be before from");
		}
		return query;
	}

	String where() {
		List<String> terms = new ArrayList<>();
		if (username != null) {
			terms.add("username = :username");
		}
		if (action != null) {
			terms.add("action = :action");
		}
		if (subjectKind != null) {
			terms.add("subject_kind = :subjectKind");
		}
		if (subjectId != null) {
			terms.add("subject_id = :subjectId");
		}
		if (from != null) {
			terms.add("accessed_at >= :from");
		}
		if (to != null) {
			terms.add("accessed_at < :to");
		}
		return terms.isEmpty() ? "" : "where " + String.join(" and ", terms);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("username", username);
		params.put("action", action == null ? null : action.name());
		params.put("subjectKind", subjectKind);
		params.put("subjectId", subjectId);
		params.put("from", from == null ? null : Timestamp.from(startOf(from)));
		params.put("to", to == null ? null : Timestamp.from(startOf(to.plusDays(1))));
		return params;
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(OSLO).toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static AccessAction action(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return AccessAction.valueOf(value.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("action", "Must be one of VIEW, REVEAL, FIND, EXPORT, ERASE");
		}
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "Must be a date like 2026-11-24");
		}
	}

}
