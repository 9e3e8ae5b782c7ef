package no.samtale.events.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.HearingViews.HearingSection;
import no.samtale.events.internal.HearingViews.HearingUnitStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * The rows of a hearing the hearing services share: the hearing, its sections, its invited units with their
 * responsible people and statuses, and who speaks for a unit.
 */
@Component
class HearingRows {

	/** {@code draft}: not yet sent to the invited units (no responses, no reminders, seen by its makers only). */
	record HearingRow(long id, String title, String summary, Instant deadline, boolean anonymousAllowed,
			long createdBy, boolean draft) {

		boolean open(Instant now) {
			return now.isBefore(deadline);
		}

		/** Its creator and administrators edit, send, document and publish it. */
		boolean managedBy(CurrentUser user) {
			return user.id() == createdBy || user.hasRole(Role.ADMIN);
		}

	}

	record UnitRow(long unitId, long responsibleId) {
	}

	private final JdbcClient jdbc;

	private final Users users;

	HearingRows(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	Map<Long, HearingUnitStatus> statuses(HearingRow hearing) {
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

	static boolean speaksFor(UnitRow unit, CurrentUser user) {
		return unit.responsibleId() == user.id() || user.unitId() != null && user.unitId() == unit.unitId();
	}

	String unitName(long unitId) {
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
					rs.getTimestamp("deadline").toInstant(), rs.getBoolean("anonymous_allowed"), rs.getLong("created_by"),
					rs.getTimestamp("sent_at") == null))
			.optional()
			.orElseThrow(() -> new NotFoundException("Hearing", hearingId));
	}

	/** The hearing as the caller may see it: a draft is there only for those who manage it, for others a 404. */
	HearingRow visible(long hearingId, CurrentUser user) {
		HearingRow hearing = get(hearingId);
		if (hearing.draft() && !hearing.managedBy(user)) {
			throw new NotFoundException("Hearing", hearingId);
		}
		return hearing;
	}

	/** A draft takes no responses and is not published: it has not been sent to anyone yet. */
	static void requireSent(HearingRow hearing) {
		if (hearing.draft()) {
			throw new RuleViolationException("hearing-draft", null, "The hearing is a draft: send it first.");
		}
	}
}
