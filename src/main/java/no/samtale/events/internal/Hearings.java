package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingList;
import no.samtale.events.internal.HearingViews.HearingSummary;
import no.samtale.events.internal.HearingViews.HearingSummaryItem;
import no.samtale.events.internal.HearingViews.HearingView;
import no.samtale.events.internal.HearingViews.NewHearing;
import no.samtale.events.internal.HearingViews.NewHearingResponse;
import no.samtale.events.internal.HearingViews.HearingPendingResponse;
import no.samtale.events.internal.HearingViews.HearingQuote;
import no.samtale.events.internal.HearingViews.HearingResponseCreated;
import no.samtale.events.internal.HearingViews.HearingResponseStatus;
import no.samtale.events.internal.HearingViews.HearingSectionAnswer;
import no.samtale.events.internal.HearingViews.HearingSectionSummary;
import no.samtale.events.internal.HearingViews.HearingSection;
import no.samtale.events.internal.HearingViews.HearingStance;
import no.samtale.events.internal.HearingViews.HearingUnitAnswer;
import no.samtale.events.internal.HearingViews.HearingUnitStatus;
import no.samtale.events.internal.HearingViews.HearingUnitSummary;
import no.samtale.events.internal.HearingViews.HearingUnitView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Role;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Hearings: a proposal in sections, a deadline, invited units each with a responsible person. Anyone responds for
 * themselves (by name, or anonymously where the hearing allows it); someone speaks for a unit when they are its
 * responsible person in this hearing or belong to the unit, and a unit's response by anyone but the responsible
 * person counts once the responsible person has approved it. One response per unit.
 */
@Service
class Hearings {

	record HearingRow(long id, String title, String summary, Instant deadline, boolean anonymousAllowed) {

		boolean open(Instant now) {
			return now.isBefore(deadline);
		}

	}

	record UnitRow(long unitId, long responsibleId) {
	}

	private final JdbcClient jdbc;

	private final Users users;

	private final PersonalDataPolicy privacy;

	Hearings(JdbcClient jdbc, Users users, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.users = users;
		this.privacy = privacy;
	}

	@Transactional
	long create(NewHearing request, CurrentUser user) {
		if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only leaders and administrators send a proposal on hearing.");
		}
		if (!request.deadline().isAfter(Instant.now())) {
			throw new InvalidInputException("deadline", "The deadline must be in the future.");
		}
		var units = request.units() == null ? List.<HearingViews.HearingInvitedUnit>of() : request.units();
		Set<Long> seen = new HashSet<>();
		for (var unit : units) {
			if (!seen.add(unit.unitId()) || users.unit(unit.unitId()).isEmpty()) {
				throw new InvalidInputException("units", "Each invited unit must be a known unit, invited once.");
			}
			if (users.people(List.of(unit.responsibleId())).isEmpty()) {
				throw new InvalidInputException("units", "Each invited unit needs a known responsible person.");
			}
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_hearing (title, summary, deadline, anonymous_allowed, created_by, created_at)
				values (:title, :summary, :deadline, :anonymous, :by, :now)
				""")
			.param("title", request.title().strip())
			.param("summary", request.summary() == null ? "" : request.summary().strip())
			.param("deadline", Timestamp.from(request.deadline()))
			.param("anonymous", Boolean.TRUE.equals(request.anonymousAllowed()))
			.param("by", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		int position = 1;
		for (var section : request.sections()) {
			jdbc.sql("""
					insert into events_hearing_section (hearing_id, position, title, body) values (:h, :p, :t, :b)
					""")
				.param("h", id)
				.param("p", position++)
				.param("t", section.title().strip())
				.param("b", section.body() == null ? "" : section.body().strip())
				.update();
		}
		for (var unit : units) {
			jdbc.sql("insert into events_hearing_unit (hearing_id, unit_id, responsible_id) values (:h, :u, :r)")
				.param("h", id)
				.param("u", unit.unitId())
				.param("r", unit.responsibleId())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	HearingList list() {
		Instant now = Instant.now();
		return new HearingList(jdbc.sql("""
				select h.*,
				  (select count(*) from events_hearing_unit u where u.hearing_id = h.id) as invited,
				  (select count(distinct r.unit_id) from events_hearing_response r
				     where r.hearing_id = h.id and r.unit_id is not null and r.approved_at is not null) as answered
				from events_hearing h order by h.deadline desc
				""")
			.query((rs, n) -> new HearingSummaryItem(rs.getLong("id"), rs.getString("title"),
					rs.getTimestamp("deadline").toInstant(), now.isBefore(rs.getTimestamp("deadline").toInstant()),
					rs.getInt("invited"), rs.getInt("answered")))
			.list());
	}

	@Transactional(readOnly = true)
	HearingView show(long hearingId, CurrentUser user) {
		HearingRow hearing = get(hearingId);
		List<UnitRow> units = units(hearingId);
		Map<Long, HearingUnitStatus> statuses = statuses(hearing);
		Map<Long, Person> people = users.people(units.stream().map(UnitRow::responsibleId).toList());
		List<HearingUnitView> unitViews = units.stream()
			.map(unit -> new HearingUnitView(unit.unitId(), unitName(unit.unitId()), people.get(unit.responsibleId()),
					statuses.get(unit.unitId()), speaksFor(unit, user)))
			.toList();
		record Pending(long id, long unitId, long authorId, Instant at) {
		}
		List<Pending> pending = jdbc.sql("""
				select r.id, r.unit_id, r.author_id, r.created_at from events_hearing_response r
				join events_hearing_unit u on u.hearing_id = r.hearing_id and u.unit_id = r.unit_id
				where r.hearing_id = :h and r.approved_at is null and u.responsible_id = :me order by r.id
				""")
			.param("h", hearingId)
			.param("me", user.id())
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("author_id"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		Map<Long, Person> authors = users.people(pending.stream().map(Pending::authorId).toList());
		return new HearingView(hearing.id(), hearing.title(), hearing.summary(), hearing.deadline(),
				hearing.open(Instant.now()), hearing.anonymousAllowed(), sections(hearingId), unitViews,
				pending.stream()
					.map(p -> new HearingPendingResponse(p.id(), p.unitId(), unitName(p.unitId()), authors.get(p.authorId()), p.at()))
					.toList());
	}

	/** A response per section, by the caller or on behalf of a unit they speak for; nothing after the deadline. */
	@Transactional
	HearingResponseCreated respond(long hearingId, NewHearingResponse request, CurrentUser user) {
		HearingRow hearing = get(hearingId);
		UnitRow unit = null;
		if (request.unitId() != null) {
			unit = units(hearingId).stream()
				.filter(row -> row.unitId() == request.unitId())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("unitId", "The unit is not invited to this hearing."));
			if (!speaksFor(unit, user)) {
				throw new ForbiddenException("You do not speak for this unit in this hearing.");
			}
		}
		if (!hearing.open(Instant.now())) {
			throw new RuleViolationException("hearing-closed", "deadline", "The hearing's deadline has passed.");
		}
		if (request.isAnonymous() && (!hearing.anonymousAllowed() || unit != null)) {
			throw new InvalidInputException("anonymous",
					"This hearing takes named responses only; a unit always answers by name.");
		}
		List<HearingSectionAnswer> answers = request.answers() == null ? List.of() : request.answers();
		if (answers.isEmpty() && !(request.isNoComments() && unit != null)) {
			throw new InvalidInputException("answers", "LiveAnswer at least one section, or say the unit has no comments.");
		}
		Set<Long> sections = new HashSet<>(sections(hearingId).stream().map(HearingSection::id).toList());
		Set<Long> answered = new HashSet<>();
		for (HearingSectionAnswer answer : answers) {
			if (!sections.contains(answer.sectionId()) || !answered.add(answer.sectionId())) {
				throw new InvalidInputException("answers", "Each answer names one of the hearing's sections, once.");
			}
			if (answer.stance() == HearingStance.COMMENT && (answer.comment() == null || answer.comment().isBlank())) {
				throw new InvalidInputException("answers", "A comment needs some text.");
			}
			privacy.refuseIdentityNumbers("answers", answer.comment());
		}
		if (unit != null) {
			boolean already = jdbc.sql("select count(*) from events_hearing_response where hearing_id = :h and unit_id = :u")
				.param("h", hearingId)
				.param("u", unit.unitId())
				.query(Long.class)
				.single() > 0;
			if (already) {
				throw new RuleViolationException("already-answered", "unitId", "The unit has already answered this hearing.");
			}
		}
		boolean counted = unit == null || unit.responsibleId() == user.id();
		Instant now = Instant.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_hearing_response (hearing_id, unit_id, author_id, no_comments, approved_by, approved_at, created_at)
				values (:h, :u, :author, :none, :approver, :approved, :now)
				""")
			.param("h", hearingId)
			.param("u", unit == null ? null : unit.unitId())
			.param("author", request.isAnonymous() ? null : user.id())
			.param("none", request.isNoComments() && answers.isEmpty())
			.param("approver", counted && unit != null ? user.id() : null)
			.param("approved", counted ? Timestamp.from(now) : null)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (HearingSectionAnswer answer : answers) {
			jdbc.sql("insert into events_hearing_answer (response_id, section_id, stance, comment) values (:r, :s, :st, :c)")
				.param("r", id)
				.param("s", answer.sectionId())
				.param("st", answer.stance().name())
				.param("c", answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip())
				.update();
		}
		return new HearingResponseCreated(id, counted ? HearingResponseStatus.COUNTED : HearingResponseStatus.AWAITING_APPROVAL);
	}

	/** The unit's responsible person approves a response given on the unit's behalf; from then on it counts. */
	@Transactional
	void approve(long hearingId, long responseId, CurrentUser user) {
		get(hearingId);
		Long unitId = jdbc.sql("select unit_id from events_hearing_response where id = :r and hearing_id = :h")
			.param("r", responseId)
			.param("h", hearingId)
			.query((rs, n) -> LiveEvents.nullableLong(rs, "unit_id"))
			.optional()
			.orElseThrow(() -> new NotFoundException("Response", responseId));
		UnitRow unit = unitId == null ? null
				: units(hearingId).stream().filter(row -> row.unitId() == unitId).findFirst().orElse(null);
		if (unit == null || unit.responsibleId() != user.id()) {
			throw new ForbiddenException("Only the unit's responsible person approves its response.");
		}
		jdbc.sql("update events_hearing_response set approved_by = :me, approved_at = :now where id = :r and approved_at is null")
			.param("me", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("r", responseId)
			.update();
	}

	/** Counts and quotes per section, and each unit's status and answers; only counted responses. */
	@Transactional(readOnly = true)
	HearingSummary summary(long hearingId, CurrentUser user) {
		HearingRow hearing = get(hearingId);
		record AnswerRow(long responseId, Long unitId, Long authorId, long sectionId, HearingStance stance, String comment) {
		}
		List<AnswerRow> rows = jdbc.sql("""
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
		rows.forEach(row -> {
			if (row.authorId() != null) {
				authorIds.add(row.authorId());
			}
		});
		Map<Long, Person> authors = users.people(authorIds);
		List<HearingSectionSummary> sections = new ArrayList<>();
		for (HearingSection section : sections(hearingId)) {
			int agree = 0;
			int disagree = 0;
			int comments = 0;
			List<HearingQuote> quotes = new ArrayList<>();
			for (AnswerRow row : rows) {
				if (row.sectionId() != section.id()) {
					continue;
				}
				switch (row.stance()) {
					case AGREE -> agree++;
					case DISAGREE -> disagree++;
					case COMMENT -> comments++;
				}
				if (row.comment() != null) {
					String by = row.unitId() != null ? unitName(row.unitId())
							: row.authorId() == null ? "Anonym" : authors.get(row.authorId()).name();
					quotes.add(new HearingQuote(row.comment(), by, row.stance()));
				}
			}
			sections.add(new HearingSectionSummary(section.id(), section.title(), agree, disagree, comments, quotes));
		}
		Map<Long, HearingUnitStatus> statuses = statuses(hearing);
		List<UnitRow> units = units(hearingId);
		Map<Long, Person> responsible = users.people(units.stream().map(UnitRow::responsibleId).toList());
		List<HearingUnitSummary> unitSummaries = units.stream()
			.map(unit -> new HearingUnitSummary(unit.unitId(), unitName(unit.unitId()), responsible.get(unit.responsibleId()),
					statuses.get(unit.unitId()),
					rows.stream()
						.filter(row -> row.unitId() != null && row.unitId() == unit.unitId())
						.map(row -> new HearingUnitAnswer(row.sectionId(), row.stance(), row.comment()))
						.toList()))
			.toList();
		return new HearingSummary(hearing.id(), hearing.title(), (int) responses, sections, unitSummaries);
	}

	private Map<Long, HearingUnitStatus> statuses(HearingRow hearing) {
		Map<Long, HearingUnitStatus> statuses = new LinkedHashMap<>();
		boolean late = !hearing.open(Instant.now());
		for (UnitRow unit : units(hearing.id())) {
			statuses.put(unit.unitId(), late ? HearingUnitStatus.LATE : HearingUnitStatus.NOT_ANSWERED);
		}
		jdbc.sql("select unit_id, no_comments, approved_at from events_hearing_response where hearing_id = :h and unit_id is not null")
			.param("h", hearing.id())
			.query((rs, n) -> statuses.put(rs.getLong("unit_id"),
					rs.getTimestamp("approved_at") == null ? HearingUnitStatus.AWAITING_APPROVAL
							: rs.getBoolean("no_comments") ? HearingUnitStatus.NO_COMMENTS : HearingUnitStatus.ANSWERED))
			.list();
		return statuses;
	}

	private boolean speaksFor(UnitRow unit, CurrentUser user) {
		return unit.responsibleId() == user.id() || user.unitId() != null && user.unitId() == unit.unitId();
	}

	private String unitName(long unitId) {
		return users.unit(unitId).map(Unit::name).orElse("?");
	}

	List<UnitRow> units(long hearingId) {
		return jdbc.sql("select unit_id, responsible_id from events_hearing_unit where hearing_id = :h order by unit_id")
			.param("h", hearingId)
			.query((rs, n) -> new UnitRow(rs.getLong("unit_id"), rs.getLong("responsible_id")))
			.list();
	}

	List<HearingSection> sections(long hearingId) {
		return jdbc.sql("select * from events_hearing_section where hearing_id = :h order by position")
			.param("h", hearingId)
			.query((rs, n) -> new HearingSection(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getString("body")))
			.list();
	}

	HearingRow get(long hearingId) {
		return jdbc.sql("select * from events_hearing where id = :id")
			.param("id", hearingId)
			.query((rs, n) -> new HearingRow(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
					rs.getTimestamp("deadline").toInstant(), rs.getBoolean("anonymous_allowed")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Hearing", hearingId));
	}


}
