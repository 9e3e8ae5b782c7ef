package no.samtale.forum.internal;

import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import no.samtale.dialogue.DiscussionStatus;
import no.samtale.dialogue.SpaceKind;
import no.samtale.platform.PageQuery;

/**
 * The query parameters the forum's lists take, as records checked by Bean Validation: a value that does not
 * convert (an unknown status) or breaks a limit answers 400 problem JSON naming the parameter, before any use
 * case runs. Every name here is also what the platform's unknown-parameter check accepts.
 */
final class ForumQueries {

	private static final String PAGE = "page must be 0 or more";

	private static final String SIZE = "size must be between 1 and " + PageQuery.MAX_SIZE;

	private ForumQueries() {
	}

	/** {@code ?status=&question=&page=&size=} of a space's discussions. */
	record DiscussionFilter(DiscussionStatus status, Boolean question, @Min(value = 0, message = PAGE) Integer page,
			@Min(value = 1, message = SIZE) @Max(value = PageQuery.MAX_SIZE, message = SIZE) Integer size) {

		PageQuery paging() {
			return PageQuery.of(page, size);
		}

	}

	/** {@code ?kind=&page=&size=} of the spaces list, fifty to a page unless asked otherwise. */
	record SpaceFilter(SpaceKind kind, @Min(value = 0, message = PAGE) Integer page,
			@Min(value = 1, message = SIZE) @Max(value = PageQuery.MAX_SIZE, message = SIZE) Integer size) {

		static final int DEFAULT_SIZE = 50;

		PageQuery paging() {
			return PageQuery.of(page, size == null ? DEFAULT_SIZE : size);
		}

	}

	/** {@code ?departmentId=&state=&page=&size=} of the escalation queue. */
	record EscalationFilter(@Positive(message = "departmentId must be an id") Long departmentId, EscalationState state,
			@Min(value = 0, message = PAGE) Integer page,
			@Min(value = 1, message = SIZE) @Max(value = PageQuery.MAX_SIZE, message = SIZE) Integer size) {

		PageQuery paging() {
			return PageQuery.of(page, size);
		}

	}

	/** Which reports the moderators' queue shows; open ones unless asked otherwise. */
	enum ReportStatus {
		OPEN, DISMISSED, REMOVED, ALL
	}

	/** {@code ?status=&page=&size=} of the moderators' queue. */
	record ReportFilter(ReportStatus status, @Min(value = 0, message = PAGE) Integer page,
			@Min(value = 1, message = SIZE) @Max(value = PageQuery.MAX_SIZE, message = SIZE) Integer size) {

		/** The status to filter on, or null for all of them. */
		String wanted() {
			ReportStatus chosen = status == null ? ReportStatus.OPEN : status;
			return chosen == ReportStatus.ALL ? null : chosen.name();
		}

		PageQuery paging() {
			return PageQuery.of(page, size);
		}

	}

	/** {@code ?month=YYYY-MM} of a space's figures; this month in Oslo when left out. */
	record FiguresQuery(
			@Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "Write the month as YYYY-MM") String month) {

		YearMonth yearMonth() {
			return month == null || month.isBlank() ? YearMonth.now(ZoneId.of("Europe/Oslo")) : YearMonth.parse(month);
		}

	}

}
