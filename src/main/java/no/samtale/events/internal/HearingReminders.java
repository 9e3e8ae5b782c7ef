package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.HearingReminderDue;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Reminds each invited unit's responsible person before a hearing's deadline while the unit has not answered: three
 * days before and one day before. Each reminder goes once per unit (a row per unit and reminder, whose key turns a
 * second run or a second node into a no-op); a unit whose response waits for approval is reminded too, since the
 * responsible person is the one to approve it. The notifications module tells the person.
 */
@Service
class HearingReminders {

	/** How often the check runs ({@link HearingReminderTask}). */
	static final Duration CHECK_EVERY = Duration.ofMinutes(10);

	enum Reminder {

		THREE_DAYS("3-DAYS", Duration.ofDays(3)), ONE_DAY("1-DAY", Duration.ofDays(1));

		final String key;

		final Duration before;

		Reminder(String key, Duration before) {
			this.key = key;
			this.before = before;
		}

	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final ApplicationEventPublisher events;

	HearingReminders(JdbcClient jdbc, DuplicateSafeInsert inserts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.events = events;
	}

	/** Sends the reminders due at {@code now}; answers how many went out. */
	@Transactional
	int remind(Instant now) {
		int sent = 0;
		for (Reminder reminder : Reminder.values()) {
			record Due(long hearingId, String title, Instant deadline, long unitId, long responsibleId) {
			}
			List<Due> due = jdbc.sql("""
					select h.id, h.title, h.deadline, u.unit_id, u.responsible_id
					from events_hearing h join events_hearing_unit u on u.hearing_id = h.id
					where h.sent_at is not null and h.deadline > :now and h.deadline <= :within
					  and not exists (select 1 from events_hearing_response r
					                  where r.hearing_id = h.id and r.unit_id = u.unit_id and r.approved_at is not null)
					  and not exists (select 1 from events_hearing_reminder m
					                  where m.hearing_id = h.id and m.unit_id = u.unit_id and m.reminder = :reminder)
					order by h.id, u.unit_id
					""")
				.param("now", Timestamp.from(now))
				.param("within", Timestamp.from(now.plus(reminder.before)))
				.param("reminder", reminder.key)
				.query((rs, n) -> new Due(rs.getLong("id"), rs.getString("title"), rs.getTimestamp("deadline").toInstant(),
						rs.getLong("unit_id"), rs.getLong("responsible_id")))
				.list();
			for (Due unit : due) {
				int recorded = inserts.insert("""
						insert into events_hearing_reminder (hearing_id, unit_id, reminder, sent_at)
						values (:h, :u, :reminder, :now)
						""", "hearing_id, unit_id, reminder", statement -> jdbc.sql(statement)
					.param("h", unit.hearingId())
					.param("u", unit.unitId())
					.param("reminder", reminder.key)
					.param("now", Timestamp.from(now))
					.update());
				if (recorded == 1) {
					events.publishEvent(new HearingReminderDue(unit.hearingId(), unit.title(), unit.unitId(),
							unit.responsibleId(), reminder.key, unit.deadline()));
					sent++;
				}
			}
		}
		return sent;
	}

}
