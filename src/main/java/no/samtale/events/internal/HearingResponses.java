package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.NewHearingResponse;
import no.samtale.events.internal.HearingViews.HearingResponseCreated;
import no.samtale.events.internal.HearingViews.HearingResponseStatus;
import no.samtale.events.internal.HearingViews.HearingSectionAnswer;
import no.samtale.events.internal.HearingViews.HearingSection;
import no.samtale.events.internal.HearingViews.HearingStance;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Responses to a hearing. Anyone responds for themselves (by name, or anonymously where the hearing allows it);
 * someone speaks for a unit when they are its responsible person in this hearing or belong to the unit, and a unit's
 * response by anyone but the responsible person counts once the responsible person has approved it. One response
 * per unit.
 */
@Service
class HearingResponses {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final PersonalDataPolicy privacy;

	HearingResponses(JdbcClient jdbc, HearingRows rows, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.privacy = privacy;
	}

	/** A response per section, by the caller or on behalf of a unit they speak for; nothing after the deadline. */
	@Transactional
	HearingResponseCreated respond(long hearingId, NewHearingResponse request, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		HearingRows.requireSent(hearing);
		HearingRows.UnitRow unit = null;
		if (request.unitId() != null) {
			unit = rows.units(hearingId).stream()
				.filter(row -> row.unitId() == request.unitId())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("unitId", "The unit is not invited to this hearing."));
			if (!HearingRows.speaksFor(unit, user)) {
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
			throw new InvalidInputException("answers", "Answer at least one section, or say the unit has no comments.");
		}
		Set<Long> sections = new HashSet<>(rows.sections(hearingId).stream().map(HearingSection::id).toList());
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
		rows.get(hearingId);
		Long unitId = jdbc.sql("select unit_id from events_hearing_response where id = :r and hearing_id = :h")
			.param("r", responseId)
			.param("h", hearingId)
			.query((rs, n) -> LiveEvents.nullableLong(rs, "unit_id"))
			.optional()
			.orElseThrow(() -> new NotFoundException("Response", responseId));
		HearingRows.UnitRow unit = unitId == null ? null
				: rows.units(hearingId).stream().filter(row -> row.unitId() == unitId).findFirst().orElse(null);
		if (unit == null || unit.responsibleId() != user.id()) {
			throw new ForbiddenException("Only the unit's responsible person approves its response.");
		}
		jdbc.sql("update events_hearing_response set approved_by = :me, approved_at = :now where id = :r and approved_at is null")
			.param("me", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("r", responseId)
			.update();
	}

}
