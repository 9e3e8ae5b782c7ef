package no.samtale.events.internal;

import java.time.Instant;
import java.util.Collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.samtale.events.HearingInvited;

/**
 * Tells the responsible people of invited units that the hearing waits for their unit's answer
 * ({@link HearingInvited}, heard by the notifications module): when the hearing is sent, and when a unit is invited
 * to it or handed to another person afterwards. A draft tells nobody; it has not gone out.
 */
@Component
class HearingNotices {

	private final ApplicationEventPublisher events;

	HearingNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	void invited(long hearingId, String title, Collection<HearingRows.UnitRow> units, long by) {
		Instant now = Instant.now();
		units.forEach(unit -> events
			.publishEvent(new HearingInvited(hearingId, title, unit.unitId(), unit.responsibleId(), by, now)));
	}

}
