package no.samtale.events.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.NettpratPeopleAdded;
import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveRequests.LivePeopleRequest;
import no.samtale.events.internal.LiveViews.LivePersonChangeAction;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * A nettprat's leaders, helpers and moderators changed after it was scheduled (announced or not), until it ends: by
 * whoever scheduled it and by administrators. It always keeps a leader and a moderator. Someone removed keeps what
 * they did (answers stay theirs, approvals stay made); someone added may do their part at once. Each person added to
 * or removed from a role is a row of {@code events_live_person_change} with who did it and when; those added are told
 * ({@link NettpratPeopleAdded}).
 */
@Service
class LivePeople {

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LivePeopleChanges changes;

	private final Users users;

	private final ApplicationEventPublisher publisher;

	LivePeople(JdbcClient jdbc, LiveEvents events, LivePeopleChanges changes, Users users,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.events = events;
		this.changes = changes;
		this.users = users;
	}

	/** Replaces each role's people with those given; the same people again changes nothing. */
	@Transactional
	void replace(long eventId, LivePeopleRequest request, CurrentUser user) {
		EventRow event = events.get(eventId);
		if (!event.peopleManagedBy(user)) {
			throw new ForbiddenException("Only whoever scheduled the nettprat and administrators change its people.");
		}
		event.refuseIfCancelled();
		Instant now = Instant.now();
		if (event.ended(now)) {
			throw new RuleViolationException("event-ended", "eventId", "The nettprat has ended; its people stay as they were.");
		}
		Map<EventRole, List<Long>> wanted = new EnumMap<>(EventRole.class);
		wanted.put(EventRole.LEADER, known("leaderIds", request.leaderIds()));
		wanted.put(EventRole.HELPER, known("helperIds", request.helperIds() == null ? List.of() : request.helperIds()));
		wanted.put(EventRole.MODERATOR, known("moderatorIds", request.moderatorIds()));
		Map<EventRole, List<Long>> added = new EnumMap<>(EventRole.class);
		for (EventRole role : EventRole.values()) {
			Set<Long> before = current(eventId, role);
			Set<Long> after = new LinkedHashSet<>(wanted.get(role));
			for (long gone : before) {
				if (!after.contains(gone)) {
					jdbc.sql("delete from events_live_person where event_id = :event and user_id = :user and role = :role")
						.param("event", eventId)
						.param("user", gone)
						.param("role", role.name())
						.update();
					changes.record(eventId, gone, role, LivePersonChangeAction.REMOVED, user.id(), now);
				}
			}
			List<Long> newcomers = after.stream().filter(person -> !before.contains(person)).toList();
			events.addPeople(eventId, newcomers, role);
			newcomers.forEach(person -> changes.record(eventId, person, role, LivePersonChangeAction.ADDED, user.id(), now));
			added.put(role, newcomers);
		}
		NettpratPeopleAdded told = new NettpratPeopleAdded(eventId, event.title(), added.get(EventRole.LEADER),
				added.get(EventRole.HELPER), added.get(EventRole.MODERATOR), user.id(), now);
		if (told.addedAnyone()) {
			publisher.publishEvent(told);
		}
	}

	/** Each person named must be a known user; an unknown one is refused at their place in the list. */
	private List<Long> known(String field, List<Long> ids) {
		Set<Long> found = users.people(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).keySet();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) == null || !found.contains(ids.get(i))) {
				throw new InvalidInputException(field + "[" + i + "]", "LivePersonUnknown", "No such person.");
			}
		}
		return ids;
	}

	private Set<Long> current(long eventId, EventRole role) {
		return new HashSet<>(jdbc.sql("select user_id from events_live_person where event_id = :event and role = :role")
			.param("event", eventId)
			.param("role", role.name())
			.query(Long.class)
			.list());
	}

}
