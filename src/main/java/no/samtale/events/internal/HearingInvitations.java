package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingUnitChange;
import no.samtale.events.internal.HearingViews.HearingUnitChangeAction;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * The invited units of a hearing changed after it was made, sent or not, while it is open: a unit invited (on a sent
 * hearing it may answer at once and its responsible person is told), a unit's answer handed to another responsible
 * person (who then approves the unit's waiting response), or an invitation withdrawn, which a unit that has answered,
 * or whose answer waits for approval, keeps: what it said stays counted. Only the hearing's managers change it. Each
 * change is a row of {@code events_hearing_unit_change} with who made it and when, shown on the hearing's page.
 */
@Service
class HearingInvitations {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final Users users;

	private final HearingNotices notices;

	HearingInvitations(JdbcClient jdbc, HearingRows rows, Users users, HearingNotices notices) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.users = users;
		this.notices = notices;
	}

	@Transactional
	void invite(long hearingId, long unitId, long responsibleId, CurrentUser user) {
		HearingRows.HearingRow hearing = changeable(hearingId, user);
		if (users.unit(unitId).isEmpty()) {
			throw new InvalidInputException("unitId", "HearingUnitUnknown", "No such unit.");
		}
		if (invited(hearingId, unitId) != null) {
			throw new InvalidInputException("unitId", "HearingUnitInvitedOnce", "Each unit is invited once.");
		}
		requirePerson(responsibleId);
		jdbc.sql("insert into events_hearing_unit (hearing_id, unit_id, responsible_id) values (:h, :u, :r)")
			.param("h", hearingId)
			.param("u", unitId)
			.param("r", responsibleId)
			.update();
		record(hearingId, unitId, HearingUnitChangeAction.INVITED, responsibleId, null, user);
		tell(hearing, new HearingRows.UnitRow(unitId, responsibleId), user);
	}

	/** Hands the unit's answer to another person; the same person again changes nothing. */
	@Transactional
	void changeResponsible(long hearingId, long unitId, long responsibleId, CurrentUser user) {
		HearingRows.HearingRow hearing = changeable(hearingId, user);
		HearingRows.UnitRow unit = existing(hearingId, unitId);
		requirePerson(responsibleId);
		if (unit.responsibleId() == responsibleId) {
			return;
		}
		jdbc.sql("update events_hearing_unit set responsible_id = :r where hearing_id = :h and unit_id = :u")
			.param("r", responsibleId)
			.param("h", hearingId)
			.param("u", unitId)
			.update();
		record(hearingId, unitId, HearingUnitChangeAction.RESPONSIBLE_CHANGED, responsibleId, unit.responsibleId(), user);
		tell(hearing, new HearingRows.UnitRow(unitId, responsibleId), user);
	}

	/** Withdraws the invitation of a unit that has not answered; its reminders go with it. */
	@Transactional
	void withdraw(long hearingId, long unitId, CurrentUser user) {
		changeable(hearingId, user);
		HearingRows.UnitRow unit = existing(hearingId, unitId);
		long responses = jdbc.sql("select count(*) from events_hearing_response where hearing_id = :h and unit_id = :u")
			.param("h", hearingId)
			.param("u", unitId)
			.query(Long.class)
			.single();
		if (responses > 0) {
			throw new RuleViolationException("hearing-unit-answered", "unitId",
					"The unit has answered: its invitation and its answer stay.");
		}
		jdbc.sql("delete from events_hearing_reminder where hearing_id = :h and unit_id = :u")
			.param("h", hearingId)
			.param("u", unitId)
			.update();
		jdbc.sql("delete from events_hearing_unit where hearing_id = :h and unit_id = :u")
			.param("h", hearingId)
			.param("u", unitId)
			.update();
		record(hearingId, unitId, HearingUnitChangeAction.WITHDRAWN, null, unit.responsibleId(), user);
	}

	/** The hearing's changes of invited units, oldest first, with the people named. */
	List<HearingUnitChange> changes(long hearingId) {
		record Row(long unitId, String action, @Nullable Long responsible, @Nullable Long previous, long by, Instant at) {
		}
		List<Row> found = jdbc.sql("select * from events_hearing_unit_change where hearing_id = :h order by id")
			.param("h", hearingId)
			.query((rs, n) -> new Row(rs.getLong("unit_id"), rs.getString("action"),
					LiveEvents.nullableLong(rs, "responsible_id"), LiveEvents.nullableLong(rs, "previous_responsible_id"),
					rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
		Set<Long> ids = new HashSet<>();
		found.forEach(row -> {
			ids.add(row.by());
			ids.add(row.responsible());
			ids.add(row.previous());
		});
		ids.remove(null);
		Map<Long, Person> people = users.people(ids);
		return found.stream()
			.map(row -> new HearingUnitChange(row.unitId(), rows.unitName(row.unitId()),
					HearingUnitChangeAction.valueOf(row.action()),
					row.responsible() == null ? null : people.get(row.responsible()),
					row.previous() == null ? null : people.get(row.previous()), people.get(row.by()), row.at()))
			.toList();
	}

	/** Its managers change it while it is open; after the deadline what was invited is what was asked. */
	private HearingRows.HearingRow changeable(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		if (!hearing.managedBy(user)) {
			throw new ForbiddenException("Only the hearing's creator and administrators change its invited units.");
		}
		if (!hearing.open(Instant.now())) {
			throw new RuleViolationException("hearing-closed", "deadline", "The hearing's deadline has passed.");
		}
		return hearing;
	}

	private HearingRows.UnitRow existing(long hearingId, long unitId) {
		HearingRows.UnitRow unit = invited(hearingId, unitId);
		if (unit == null) {
			throw new NotFoundException("Invited unit", unitId);
		}
		return unit;
	}

	private HearingRows.@Nullable UnitRow invited(long hearingId, long unitId) {
		return rows.units(hearingId).stream().filter(row -> row.unitId() == unitId).findFirst().orElse(null);
	}

	private void requirePerson(long responsibleId) {
		if (users.people(List.of(responsibleId)).isEmpty()) {
			throw new InvalidInputException("responsibleId", "HearingUnitNeedsResponsible",
					"Each invited unit needs a known responsible person.");
		}
	}

	private void tell(HearingRows.HearingRow hearing, HearingRows.UnitRow unit, CurrentUser user) {
		if (!hearing.draft()) {
			notices.invited(hearing.id(), hearing.title(), List.of(unit), user.id());
		}
	}

	private void record(long hearingId, long unitId, HearingUnitChangeAction action, @Nullable Long responsibleId,
			@Nullable Long previousId, CurrentUser user) {
		jdbc.sql("""
				insert into events_hearing_unit_change
				    (hearing_id, unit_id, action, responsible_id, previous_responsible_id, changed_by, changed_at)
				values (:h, :u, :action, :responsible, :previous, :by, :at)
				""")
			.param("h", hearingId)
			.param("u", unitId)
			.param("action", action.name())
			.param("responsible", responsibleId)
			.param("previous", previousId)
			.param("by", user.id())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

}
