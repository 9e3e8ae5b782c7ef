package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingInvitedUnit;
import no.samtale.events.internal.HearingViews.NewHearing;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * A hearing prepared before it goes out: its text, sections, deadline and invited units checked and written, edited
 * while it is a draft (its documents are attached to the draft), and sent, after which it is what the invited units
 * answer: from then on only its invited units change, one by one ({@link HearingInvitations}). Each refusal names the
 * field (a unit by its row: {@code units[1].responsibleId}) with a rule code the form words.
 */
@Service
class HearingDrafts {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final Users users;

	private final HearingNotices notices;

	HearingDrafts(JdbcClient jdbc, HearingRows rows, Users users, HearingNotices notices) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.rows = rows;
		this.users = users;
	}

	/** The rules a hearing's content keeps, whether it is created, edited or sent. */
	void check(NewHearing request, Instant now) {
		if (!request.deadline().isAfter(now)) {
			throw new InvalidInputException("deadline", "HearingDeadlineInFuture", "The deadline must be in the future.");
		}
		List<HearingInvitedUnit> units = units(request);
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < units.size(); i++) {
			HearingInvitedUnit unit = units.get(i);
			if (users.unit(unit.unitId()).isEmpty()) {
				throw new InvalidInputException("units[" + i + "].unitId", "HearingUnitUnknown", "No such unit.");
			}
			if (!seen.add(unit.unitId())) {
				throw new InvalidInputException("units[" + i + "].unitId", "HearingUnitInvitedOnce",
						"Each unit is invited once.");
			}
			if (users.people(List.of(unit.responsibleId())).isEmpty()) {
				throw new InvalidInputException("units[" + i + "].responsibleId", "HearingUnitNeedsResponsible",
						"Each invited unit needs a known responsible person.");
			}
		}
	}

	/** Writes the hearing's sections and invited units, in the order given. */
	void writeParts(long hearingId, NewHearing request) {
		int position = 1;
		for (var section : request.sections()) {
			jdbc.sql("insert into events_hearing_section (hearing_id, position, title, body) values (:h, :p, :t, :b)")
				.param("h", hearingId)
				.param("p", position++)
				.param("t", section.title().strip())
				.param("b", section.body() == null ? "" : section.body().strip())
				.update();
		}
		for (var unit : units(request)) {
			jdbc.sql("insert into events_hearing_unit (hearing_id, unit_id, responsible_id) values (:h, :u, :r)")
				.param("h", hearingId)
				.param("u", unit.unitId())
				.param("r", unit.responsibleId())
				.update();
		}
	}

	/**
	 * Replaces a draft's text, deadline, sections and units (its documents stay). A draft has no responses or
	 * reminders, so nothing refers to the sections and units replaced. {@code draft: false} sends it as well.
	 */
	@Transactional
	void update(long hearingId, NewHearing request, CurrentUser user) {
		HearingRows.HearingRow hearing = draft(hearingId, user);
		check(request, Instant.now());
		int updated = jdbc.sql("""
				update events_hearing set title = :title, summary = :summary, deadline = :deadline,
				  anonymous_allowed = :anonymous, sent_at = :sent
				where id = :id and sent_at is null
				""")
			.param("title", request.title().strip())
			.param("summary", request.summary() == null ? "" : request.summary().strip())
			.param("deadline", Timestamp.from(request.deadline()))
			.param("anonymous", Boolean.TRUE.equals(request.anonymousAllowed()))
			.param("sent", Boolean.FALSE.equals(request.draft()) ? Timestamp.from(Instant.now()) : null)
			.param("id", hearing.id())
			.update();
		// Sent meanwhile (by another tab, or an administrator): what was sent stays as it was.
		if (updated == 0) {
			throw new RuleViolationException("hearing-sent", null, "The hearing is sent: it no longer changes.");
		}
		jdbc.sql("delete from events_hearing_section where hearing_id = :h").param("h", hearingId).update();
		jdbc.sql("delete from events_hearing_unit where hearing_id = :h").param("h", hearingId).update();
		writeParts(hearingId, request);
		if (Boolean.FALSE.equals(request.draft())) {
			announce(hearingId, user);
		}
	}

	/** The hearing has gone out: each invited unit's responsible person is told. */
	void announce(long hearingId, CurrentUser user) {
		notices.invited(hearingId, rows.get(hearingId).title(), rows.units(hearingId), user.id());
	}

	/** Sends a draft to the invited units: from now on they answer it and it is reminded of. */
	@Transactional
	void send(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = draft(hearingId, user);
		if (!hearing.open(Instant.now())) {
			throw new InvalidInputException("deadline", "HearingDeadlineInFuture", "The deadline must be in the future.");
		}
		int sent = jdbc.sql("update events_hearing set sent_at = :now where id = :id and sent_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", hearingId)
			.update();
		if (sent == 1) {
			announce(hearingId, user);
		}
	}

	private HearingRows.HearingRow draft(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		if (!hearing.managedBy(user)) {
			throw new ForbiddenException("Only the hearing's creator and administrators change it.");
		}
		if (!hearing.draft()) {
			throw new RuleViolationException("hearing-sent", null, "The hearing is sent: it no longer changes.");
		}
		return hearing;
	}

	private static List<HearingInvitedUnit> units(NewHearing request) {
		return request.units() == null ? List.of() : request.units();
	}

}
