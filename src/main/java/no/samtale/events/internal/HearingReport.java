package no.samtale.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingStance;
import no.samtale.events.internal.HearingViews.HearingSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/**
 * A hearing as its exports (PDF, XLSX) and its published summary show it: the summary per section and per unit,
 * and every counted answer with who gave it (a unit's name, a person's name, or "Anonym").
 */
@Component
class HearingReport {

	/** One counted answer to one section. */
	record ReportAnswer(String by, String section, HearingStance stance, String comment) {
	}

	record Report(String title, String summary, Instant deadline, HearingSummary counts, List<ReportAnswer> answers) {
	}

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final HearingSummaries summaries;

	private final Users users;

	HearingReport(JdbcClient jdbc, HearingRows rows, HearingSummaries summaries, Users users) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.summaries = summaries;
		this.users = users;
	}

	@Transactional(readOnly = true)
	Report of(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		record Row(Long unitId, Long authorId, String section, HearingStance stance, String comment) {
		}
		List<Row> found = jdbc.sql("""
				select r.unit_id, r.author_id, s.title, a.stance, a.comment
				from events_hearing_response r
				join events_hearing_answer a on a.response_id = r.id
				join events_hearing_section s on s.id = a.section_id
				where r.hearing_id = :h and r.approved_at is not null order by s.position, r.id
				""")
			.param("h", hearingId)
			.query((rs, n) -> new Row(LiveEvents.nullableLong(rs, "unit_id"), LiveEvents.nullableLong(rs, "author_id"),
					rs.getString("title"), HearingStance.valueOf(rs.getString("stance")), rs.getString("comment")))
			.list();
		Set<Long> authorIds = new HashSet<>();
		found.forEach(row -> {
			if (row.authorId() != null) {
				authorIds.add(row.authorId());
			}
		});
		Map<Long, Person> authors = users.people(authorIds);
		List<ReportAnswer> answers = found.stream()
			.map(row -> new ReportAnswer(row.unitId() != null ? rows.unitName(row.unitId())
					: row.authorId() == null ? "Anonym" : authors.get(row.authorId()).name(), row.section(), row.stance(),
					row.comment()))
			.toList();
		return new Report(hearing.title(), hearing.summary(), hearing.deadline(), summaries.summary(hearingId, user),
				answers);
	}

	static String stance(HearingStance stance) {
		return switch (stance) {
			case AGREE -> "Enig";
			case DISAGREE -> "Uenig";
			case COMMENT -> "Kommentar";
		};
	}

	static String status(HearingViews.HearingUnitStatus status) {
		return switch (status) {
			case NOT_ANSWERED -> "Ikke svart";
			case AWAITING_APPROVAL -> "Venter på godkjenning";
			case ANSWERED -> "Svart";
			case NO_COMMENTS -> "Ingen merknader";
			case LATE -> "Ikke svart innen fristen";
		};
	}

}
