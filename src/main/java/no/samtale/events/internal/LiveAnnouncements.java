package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.Spaces;
import no.samtale.events.NettpratMoved;
import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveRequests.NewLiveEvent;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * Scheduling a nettprat with its announcement in the forum: a discussion in the space the scheduler picks, with the
 * time and a link to the nettprat's page, written through {@code dialogue.Discussions} in the same transaction as the
 * nettprat (so a bad space leaves nothing behind). When the nettprat is moved, the new time is posted in that
 * discussion (its followers hear of it as of any post) and the page shows it; its leaders, helpers and moderators
 * are told ({@link NettpratMoved}).
 */
@Service
class LiveAnnouncements {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm",
			Locale.forLanguageTag("nb")).withZone(ZoneId.of("Europe/Oslo"));

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Oslo"));

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final Discussions discussions;

	private final Messages messages;

	private final Spaces spaces;

	private final ApplicationEventPublisher publisher;

	LiveAnnouncements(JdbcClient jdbc, LiveEvents events, Discussions discussions, Messages messages, Spaces spaces,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.events = events;
		this.discussions = discussions;
		this.messages = messages;
		this.spaces = spaces;
	}

	/** Schedules the nettprat and, when a space is given, announces it there. */
	@Transactional
	long schedule(NewLiveEvent request, CurrentUser user) {
		long id = events.create(request, user);
		if (request.announceInSpaceId() != null) {
			spaces.find(request.announceInSpaceId())
				.orElseThrow(() -> new InvalidInputException("announceInSpaceId", "No such space."));
			EventRow event = events.get(id);
			StringBuilder body = new StringBuilder();
			if (!event.description().isBlank()) {
				body.append(event.description()).append("\n\n");
			}
			body.append("Nettpraten holdes ").append(when(event)).append(". Send spørsmål på forhånd, med navn eller anonymt, på [nettpratens side](/nettprat/")
				.append(id)
				.append(").");
			long discussion = discussions.start(request.announceInSpaceId(), user.id(), NettpratTitle.inForum(event.title()),
					body.toString(), false, List.of(), Instant.now());
			jdbc.sql("update events_live set announcement_discussion_id = :d where id = :id")
				.param("d", discussion)
				.param("id", id)
				.update();
		}
		return id;
	}

	/** A new time, by the nettprat's leaders or moderators, before it has ended; posted in its announcement. */
	@Transactional
	void reschedule(long eventId, Instant startsAt, Instant endsAt, CurrentUser user) {
		EventRow event = events.get(eventId);
		var roles = events.rolesOf(eventId, user.id());
		if (!event.movedBy(roles)) {
			throw new ForbiddenException("Only the leaders and moderators of this nettprat move it.");
		}
		event.refuseIfCancelled();
		if (event.ended(Instant.now())) {
			throw new RuleViolationException("event-ended", "eventId", "The nettprat has ended; it cannot be moved.");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "The nettprat must end after it starts.");
		}
		if (!endsAt.isAfter(Instant.now())) {
			throw new InvalidInputException("endsAt", "A nettprat is moved to a time that has not passed.");
		}
		jdbc.sql("update events_live set starts_at = :s, ends_at = :e where id = :id")
			.param("s", Timestamp.from(startsAt))
			.param("e", Timestamp.from(endsAt))
			.param("id", eventId)
			.update();
		if (event.announcementDiscussionId() != null) {
			messages.post(event.announcementDiscussionId(), user.id(), MessageKind.POST,
					"Nettpraten er flyttet. Ny tid: " + when(events.get(eventId)) + ".", List.of(), Instant.now());
		}
		if (startsAt.equals(event.startsAt()) && endsAt.equals(event.endsAt())) {
			// Saved again at the same time: nothing moved, nobody to tell.
			return;
		}
		List<Long> people = jdbc.sql("select distinct user_id from events_live_person where event_id = :event")
			.param("event", eventId)
			.query(Long.class)
			.list();
		publisher.publishEvent(new NettpratMoved(eventId, event.title(), startsAt, endsAt, people, user.id(), Instant.now()));
	}

	private static String when(EventRow event) {
		return WHEN.format(event.startsAt()) + "–" + CLOCK.format(event.endsAt());
	}

}
