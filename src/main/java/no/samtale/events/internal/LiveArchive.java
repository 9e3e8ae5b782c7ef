package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.Spaces;
import no.samtale.events.NettpratQuestionsOwned;
import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveViews.LiveFigures;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * After a nettprat: every unanswered question gets an owner and a due date (answered in writing later, by the
 * owner), and the whole event is archived as a forum discussion in a space the moderator picks, so it is found by
 * search like any other: the opening says what the nettprat was with its figures and the approved questions still
 * open with their owners, and each answered question follows as a reply by the leader who answered. Questions never
 * approved stay out of the forum (they were not moderated); anonymous askers stay anonymous there too. An owner is
 * told of the questions given to them ({@link NettpratQuestionsOwned}); {@link LiveOwnerReminders} reminds them.
 */
@Service
class LiveArchive {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** How long an owner has for a written answer when the archive gives the question to the first leader. */
	static final int DAYS_TO_ANSWER = 14;

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final Discussions discussions;

	private final Messages messages;

	private final Spaces spaces;

	private final Users users;

	private final ApplicationEventPublisher publisher;

	LiveArchive(JdbcClient jdbc, LiveEvents events, Discussions discussions, Messages messages, Spaces spaces,
			Users users, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.events = events;
		this.discussions = discussions;
		this.messages = messages;
		this.spaces = spaces;
		this.users = users;
	}

	/** A moderator gives an unanswered question to someone, who answers it in writing by the due date. */
	@Transactional
	void assignOwner(long eventId, long questionId, long ownerId, LocalDate dueOn, CurrentUser user) {
		EventRow event = events.get(eventId);
		events.requireModerator(eventId, user);
		event.refuseIfCancelled();
		if (users.people(List.of(ownerId)).isEmpty()) {
			throw new InvalidInputException("ownerId", "The owner must be a known user.");
		}
		int changed = jdbc.sql("""
				update events_question set owner_id = :owner, due_on = :due
				where id = :id and event_id = :event and status in ('PENDING', 'APPROVED')
				""")
			.param("owner", ownerId)
			.param("due", dueOn)
			.param("id", questionId)
			.param("event", eventId)
			.update();
		if (changed == 0) {
			throw new RuleViolationException("question-state", "questionId",
					"Only an unanswered question of this nettprat gets an owner.");
		}
		publisher.publishEvent(new NettpratQuestionsOwned(eventId, event.title(), List.of(questionId), ownerId, dueOn,
				user.id(), Instant.now()));
	}

	/** Archives an ended nettprat into a forum space; answers 409 before the end or when archived already. */
	@Transactional
	long archive(long eventId, long spaceId, CurrentUser user) {
		EventRow event = events.get(eventId);
		events.requireModerator(eventId, user);
		event.refuseIfCancelled();
		if (event.archivedAt() != null) {
			throw new RuleViolationException("question-state", "eventId", "The nettprat is archived already.");
		}
		if (!event.ended(Instant.now())) {
			throw new RuleViolationException("event-not-ended", "eventId", "A nettprat is archived after it has ended.");
		}
		spaces.find(spaceId).orElseThrow(() -> new InvalidInputException("spaceId", "No such space."));
		giveOwners(event, user);
		record Row(String text, Long asker, String status, String answer, Long answeredBy, Long typedBy, Long owner,
				LocalDate due) {
		}
		List<Row> rows = jdbc.sql("""
				select * from events_question where event_id = :event and status in ('APPROVED', 'ANSWERED')
				order by case when status = 'ANSWERED' then 0 else 1 end, votes desc, id
				""")
			.param("event", eventId)
			.query((rs, n) -> new Row(rs.getString("body"), LiveEvents.nullableLong(rs, "asker_id"), rs.getString("status"),
					rs.getString("answer"), LiveEvents.nullableLong(rs, "answered_by"),
					LiveEvents.nullableLong(rs, "typed_by"), LiveEvents.nullableLong(rs, "owner_id"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
		Set<Long> ids = new java.util.HashSet<>();
		rows.forEach(row -> {
			ids.add(row.asker());
			ids.add(row.answeredBy());
			ids.add(row.typedBy());
			ids.add(row.owner());
		});
		ids.remove(null);
		Map<Long, Person> people = users.people(ids);
		LiveFigures figures = events.figures(eventId);
		StringBuilder opening = new StringBuilder();
		if (!event.description().isBlank()) {
			opening.append(event.description()).append("\n\n");
		}
		opening.append("Nettpraten ble holdt ")
			.append(event.startsAt().atZone(OSLO).toLocalDate())
			.append(". ")
			.append(figures.viewers())
			.append(" så den. ")
			.append(figures.questions())
			.append(" spørsmål: ")
			.append(figures.answered())
			.append(" besvart, ")
			.append(figures.merged())
			.append(" slått sammen, ")
			.append(figures.declined())
			.append(" avvist.\n");
		List<Row> open = rows.stream().filter(row -> !row.status().equals("ANSWERED")).toList();
		if (!open.isEmpty()) {
			opening.append("\n**Besvares skriftlig:**\n\n");
			for (Row row : open) {
				String line = "- " + row.text() + " (ansvarlig: " + name(people, row.owner()) + ", frist " + row.due() + ")\n";
				if (opening.length() + line.length() > Messages.MAX_BODY - 100) {
					opening.append("- …\n");
					break;
				}
				opening.append(line);
			}
		}
		Instant now = Instant.now();
		long discussion = discussions.start(spaceId, user.id(), NettpratTitle.inForum(event.title()),
				opening.toString(), false, List.of(), now);
		for (Row row : rows.stream().filter(row -> row.status().equals("ANSWERED")).toList()) {
			String asked = row.asker() == null ? "anonym" : name(people, row.asker());
			String typed = row.typedBy() == null ? "" : " (skrevet av " + name(people, row.typedBy()) + ")";
			String body = "**Spørsmål** (" + asked + "): " + row.text() + "\n\n**Svar**" + typed + ": " + row.answer();
			messages.post(discussion, row.answeredBy() == null ? user.id() : row.answeredBy(), MessageKind.POST,
					body.length() > Messages.MAX_BODY ? body.substring(0, Messages.MAX_BODY) : body, List.of(), now);
		}
		jdbc.sql("update events_live set archived_at = :now, archived_discussion_id = :discussion where id = :id")
			.param("now", Timestamp.from(now))
			.param("discussion", discussion)
			.param("id", eventId)
			.update();
		return discussion;
	}

	/**
	 * Every unanswered question without an owner goes to the event's first leader, due in two weeks; the leader is
	 * told once of them all.
	 */
	private void giveOwners(EventRow event, CurrentUser user) {
		Long leader = jdbc.sql("select min(user_id) from events_live_person where event_id = :event and role = :role")
			.param("event", event.id())
			.param("role", EventRole.LEADER.name())
			.query(Long.class)
			.single();
		List<Long> ownerless = jdbc.sql("""
				select id from events_question
				where event_id = :event and status in ('PENDING', 'APPROVED') and owner_id is null order by id
				""")
			.param("event", event.id())
			.query(Long.class)
			.list();
		if (leader == null || ownerless.isEmpty()) {
			return;
		}
		LocalDate due = LocalDate.now(OSLO).plusDays(DAYS_TO_ANSWER);
		jdbc.sql("update events_question set owner_id = :leader, due_on = :due where id in (:ids)")
			.param("leader", leader)
			.param("due", due)
			.param("ids", ownerless)
			.update();
		publisher.publishEvent(new NettpratQuestionsOwned(event.id(), event.title(), ownerless, leader, due, user.id(),
				Instant.now()));
	}

	/** The caller's unanswered questions to answer in writing, across nettprats, soonest due first. */
	@Transactional(readOnly = true)
	List<LiveViews.OwnedQuestion> owned(CurrentUser user) {
		return jdbc.sql("""
				select q.id, q.event_id, e.title, q.body, q.due_on from events_question q
				join events_live e on e.id = q.event_id
				where q.owner_id = :me and q.status in ('PENDING', 'APPROVED') and e.cancelled_at is null
				order by q.due_on, q.id
				""")
			.param("me", user.id())
			.query((rs, n) -> new LiveViews.OwnedQuestion(rs.getLong("id"), rs.getLong("event_id"), rs.getString("title"),
					rs.getString("body"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	static String name(Map<Long, Person> people, Long id) {
		Person person = id == null ? null : people.get(id);
		return person == null ? "ukjent" : person.name();
	}

}
