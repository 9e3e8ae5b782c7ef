package no.samtale.events.internal;

import java.time.Instant;
import java.util.Set;

import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveViews.LiveState;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.RuleViolationException;

/** One nettprat as stored, with the rules that follow from its times, its people and its cancellation. */
record EventRow(long id, String title, String description, Instant startsAt, Instant endsAt, Instant archivedAt,
		Long archivedDiscussionId, Long announcementDiscussionId, long createdBy, Instant cancelledAt,
		String cancelReason) {

	/** Its scheduler and administrators change its people. */
	boolean peopleManagedBy(CurrentUser user) {
		return user.id() == createdBy || user.hasRole(Role.ADMIN);
	}

	LiveState state(Instant now) {
		if (cancelledAt != null) {
			return LiveState.CANCELLED;
		}
		if (archivedAt != null) {
			return LiveState.ARCHIVED;
		}
		if (!now.isBefore(endsAt)) {
			return LiveState.ENDED;
		}
		return now.isBefore(startsAt) ? LiveState.SCHEDULED : LiveState.LIVE;
	}

	boolean ended(Instant now) {
		return state(now) == LiveState.ENDED || state(now) == LiveState.ARCHIVED;
	}

	boolean cancelled() {
		return cancelledAt != null;
	}

	/** Its leaders and moderators move it, and cancel it: the rule of the schedule endpoint. */
	boolean movedBy(Set<EventRole> roles) {
		return roles.contains(EventRole.LEADER) || roles.contains(EventRole.MODERATOR);
	}

	/**
	 * Nothing happens on a cancelled nettprat any more (questions, votes, answers, moderation, moves, people,
	 * archiving): 409 {@code event-cancelled}, checked before anything is written.
	 */
	void refuseIfCancelled() {
		if (cancelled()) {
			throw new RuleViolationException("event-cancelled", "eventId",
					"The nettprat is cancelled; nothing more happens on it.");
		}
	}

	/** Listed with the past ones once over: ended, archived, or cancelled and its time passed. */
	boolean over(Instant now) {
		return ended(now) || (cancelled() && !now.isBefore(endsAt));
	}

}
