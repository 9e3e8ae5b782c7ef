package no.samtale.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingSummary;
import no.samtale.events.internal.HearingViews.HearingQuote;
import no.samtale.events.internal.HearingViews.HearingSectionSummary;
import no.samtale.events.internal.HearingViews.HearingSection;
import no.samtale.events.internal.HearingViews.HearingStance;
import no.samtale.events.internal.HearingViews.HearingUnitAnswer;
import no.samtale.events.internal.HearingViews.HearingUnitStatus;
import no.samtale.events.internal.HearingViews.HearingUnitSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/** The summary of a hearing: counts and quotes per section, each unit's status and answers; counted responses only. */
@Service
class HearingSummaries {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final Users users;

	HearingSummaries(JdbcClient jdbc, HearingRows rows, Users users) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.users = users;
	}

	/** Counts and quotes per section, and each unit's status and answers; only counted responses. */
	@Transactional(readOnly = true)
	HearingSummary summary(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		record AnswerRow(long responseId, Long unitId, Long authorId, long sectionId, HearingStance stance, String comment) {
		}
		List<AnswerRow> answers = jdbc.sql("""
				select r.id, r.unit_id, r.author_id, a.section_id, a.stance, a.comment
				from events_hearing_response r join events_hearing_answer a on a.response_id = r.id
				where r.hearing_id = :h and r.approved_at is not null order by r.id, a.section_id
				""")
			.param("h", hearingId)
			.query((rs, n) -> new AnswerRow(rs.getLong("id"), LiveEvents.nullableLong(rs, "unit_id"),
					LiveEvents.nullableLong(rs, "author_id"), rs.getLong("section_id"), HearingStance.valueOf(rs.getString("stance")),
					rs.getString("comment")))
			.list();
		long responses = jdbc.sql("select count(*) from events_hearing_response where hearing_id = :h and approved_at is not null")
			.param("h", hearingId)
			.query(Long.class)
			.single();
		Set<Long> authorIds = new HashSet<>();
		answers.forEach(row -> {
			if (row.authorId() != null) {
				authorIds.add(row.authorId());
			}
		});
		Map<Long, Person> authors = users.people(authorIds);
		List<HearingSectionSummary> sections = new ArrayList<>();
		for (HearingSection section : rows.sections(hearingId)) {
			int agree = 0;
			int disagree = 0;
			int comments = 0;
			List<HearingQuote> quotes = new ArrayList<>();
			for (AnswerRow row : answers) {
				if (row.sectionId() != section.id()) {
					continue;
				}
				switch (row.stance()) {
					case AGREE -> agree++;
					case DISAGREE -> disagree++;
					case COMMENT -> comments++;
				}
				if (row.comment() != null) {
					String by = row.unitId() != null ? rows.unitName(row.unitId())
							: row.authorId() == null ? "Anonym" : authors.get(row.authorId()).name();
					quotes.add(new HearingQuote(row.comment(), by, row.stance()));
				}
			}
			sections.add(new HearingSectionSummary(section.id(), section.title(), agree, disagree, comments, quotes));
		}
		Map<Long, HearingUnitStatus> statuses = rows.statuses(hearing);
		List<HearingRows.UnitRow> units = rows.units(hearingId);
		Map<Long, Person> responsible = users.people(units.stream().map(HearingRows.UnitRow::responsibleId).toList());
		List<HearingUnitSummary> unitSummaries = units.stream()
			.map(unit -> new HearingUnitSummary(unit.unitId(), rows.unitName(unit.unitId()), responsible.get(unit.responsibleId()),
					statuses.get(unit.unitId()),
					answers.stream()
						.filter(row -> row.unitId() != null && row.unitId() == unit.unitId())
						.map(row -> new HearingUnitAnswer(row.sectionId(), row.stance(), row.comment()))
						.toList()))
			.toList();
		return new HearingSummary(hearing.id(), hearing.title(), (int) responses, sections, unitSummaries);
	}

}
