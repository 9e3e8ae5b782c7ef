package no.samtale.events;

import java.time.Instant;

/**
 * An invited unit has not answered a hearing whose deadline is near: its responsible person is reminded. Published
 * once per unit and reminder.
 *
 * @param reminder which reminder this is: "3-DAYS" or "1-DAY" before the deadline
 */
public record HearingReminderDue(long hearingId, String title, long unitId, long responsibleId, String reminder,
		Instant deadline) {
}
