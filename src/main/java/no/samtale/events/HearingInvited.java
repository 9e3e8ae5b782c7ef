package no.samtale.events;

import java.time.Instant;

/**
 * A unit was invited to a hearing that is sent, or its answer was handed to another responsible person: that person
 * is told. Sent when a hearing goes out (one per invited unit), when a unit is added to a sent hearing, and when a
 * unit's responsible person changes.
 *
 * @param responsibleId the person who answers for the unit from now on
 * @param invitedBy who sent the hearing or made the change
 */
public record HearingInvited(long hearingId, String title, long unitId, long responsibleId, long invitedBy,
		Instant at) {
}
