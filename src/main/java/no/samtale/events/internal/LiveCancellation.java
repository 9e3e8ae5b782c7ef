package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.events.NettpratCancelled;
import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.events.internal.LiveViews.LiveState;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Calling a nettprat off before it starts (a leader falls ill), by whoever may move it: its leaders and moderators.
 * In one transaction the event is marked cancelled with the reason, the reason is posted in its forum announcement,
 * open pages are sent a {@code CANCELLED} change, and {@link NettpratCancelled} tells the people named on it and
 * everyone who sent a question (an anonymous asker under their keyed hash). Every refusal comes before anything is
 * written. From then on nothing happens on it ({@link EventRow#refuseIfCancelled()}); its owner reminders stop.
 */
@Service
class LiveCancellation {

	static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final Messages messages;

	private final LiveStream stream;

	private final AskerKeys askerKeys;

	private final PersonalDataPolicy privacy;

	private final ApplicationEventPublisher publisher;

	LiveCancellation(JdbcClient jdbc, LiveEvents events, Messages messages, LiveStream stream, AskerKeys askerKeys,
			PersonalDataPolicy privacy, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.stream = stream;
		this.askerKeys = askerKeys;
		this.privacy = privacy;
		this.publisher = publisher;
	}

	@Transactional
	void cancel(long eventId, String reasonGiven, CurrentUser user) {
		EventRow event = events.get(eventId);
		if (!event.movedBy(events.rolesOf(eventId, user.id()))) {
			throw new ForbiddenException("Only the leaders and moderators of this nettprat cancel it.");
		}
		String reason = reasonGiven == null ? "" : reasonGiven.strip();
		if (reason.isEmpty()) {
			throw new InvalidInputException("reason", "Say why the nettprat is cancelled; everyone told of it sees it.");
		}
		if (reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "A reason is at most " + MAX_REASON + " characters.");
		}
		privacy.refuseIdentityNumbers("reason", reason);
		event.refuseIfCancelled();
		Instant now = Instant.now();
		if (event.state(now) != LiveState.SCHEDULED) {
			throw new RuleViolationException("event-started", "eventId",
					"The nettprat has started or is over; only one that has not started is cancelled.");
		}
		// Conditional, so two cancellations at once (or one racing its start) leave one winner and no second post.
		int cancelled = jdbc.sql("""
				update events_live set cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason
				where id = :id and cancelled_at is null and archived_at is null and starts_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("by", user.id())
			.param("reason", reason)
			.param("id", eventId)
			.update();
		if (cancelled == 0) {
			events.get(eventId).refuseIfCancelled();
			throw new RuleViolationException("event-started", "eventId",
					"The nettprat has started or is over; only one that has not started is cancelled.");
		}
		if (event.announcementDiscussionId() != null) {
			messages.post(event.announcementDiscussionId(), user.id(), MessageKind.POST,
					"Nettpraten er avlyst. Begrunnelse: " + reason, List.of(), now);
		}
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("cancelledAt", now.toString());
		change.put("reason", reason);
		stream.publish(eventId, Kind.CANCELLED, change);
		tell(event, reason, user, now);
	}

	/**
	 * Everyone named on it or asking by name, once each; every anonymous asker once under their keyed hash, unless
	 * they are told by name already (the hash is computed here, in the module that keeps it, for the people told).
	 */
	private void tell(EventRow event, String reason, CurrentUser user, Instant now) {
		Set<Long> people = new HashSet<>(jdbc.sql("select user_id from events_live_person where event_id = :event")
			.param("event", event.id())
			.query(Long.class)
			.list());
		people.addAll(jdbc.sql("select asker_id from events_question where event_id = :event and asker_id is not null")
			.param("event", event.id())
			.query(Long.class)
			.list());
		people.remove(user.id());
		Set<String> keys = new HashSet<>(jdbc.sql("""
				select asker_key from events_question where event_id = :event and asker_key is not null
				""")
			.param("event", event.id())
			.query(String.class)
			.list());
		keys.remove(askerKeys.of(event.id(), user.id()));
		for (long person : people) {
			keys.remove(askerKeys.of(event.id(), person));
		}
		publisher.publishEvent(new NettpratCancelled(event.id(), event.title(), reason, List.copyOf(people),
				List.copyOf(keys), user.id(), now));
	}

}
