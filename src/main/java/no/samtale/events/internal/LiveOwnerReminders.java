package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.NettpratQuestionsDue;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Reminds the owner of a nettprat question still unanswered {@link #DAYS_BEFORE} days before its due date (Oslo
 * time), as hearings remind their units before the deadline. Each question is reminded of once per owner and due
 * date (a row in {@code events_live_owner_reminder} turns a second run or a second node into a no-op), so a question
 * handed to someone else, or given a new date, is reminded of again. An owner is sent one reminder per nettprat and
 * due date, however many of its questions they hold. A cancelled nettprat's questions are nobody's task any more:
 * never reminded of.
 */
@Service
class LiveOwnerReminders {

	/** How often the check runs ({@link LiveOwnerReminderTask}). */
	static final Duration CHECK_EVERY = Duration.ofMinutes(10);

	static final int DAYS_BEFORE = 2;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final ApplicationEventPublisher events;

	LiveOwnerReminders(JdbcClient jdbc, DuplicateSafeInsert inserts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.events = events;
	}

	/** Sends the reminders due at {@code now}; answers how many questions they were about. */
	@Transactional
	int remind(Instant now) {
		record Due(long eventId, String title, long questionId, long ownerId, LocalDate dueOn) {
		}
		record Group(long eventId, long ownerId, LocalDate dueOn) {
		}
		LocalDate today = now.atZone(OSLO).toLocalDate();
		List<Due> due = jdbc.sql("""
				select q.event_id, e.title, q.id, q.owner_id, q.due_on
				from events_question q join events_live e on e.id = q.event_id
				where q.owner_id is not null and q.status in ('PENDING', 'APPROVED') and e.cancelled_at is null
				  and q.due_on >= :today and q.due_on <= :within
				  and not exists (select 1 from events_live_owner_reminder r
				                  where r.question_id = q.id and r.owner_id = q.owner_id and r.due_on = q.due_on)
				order by q.event_id, q.owner_id, q.id
				""")
			.param("today", today)
			.param("within", today.plusDays(DAYS_BEFORE))
			.query((rs, n) -> new Due(rs.getLong("event_id"), rs.getString("title"), rs.getLong("id"),
					rs.getLong("owner_id"), rs.getObject("due_on", LocalDate.class)))
			.list();
		Map<Group, List<Long>> reminded = new LinkedHashMap<>();
		Map<Long, String> titles = new LinkedHashMap<>();
		for (Due question : due) {
			int recorded = inserts.insert("""
					insert into events_live_owner_reminder (question_id, owner_id, due_on, sent_at)
					values (:question, :owner, :due, :now)
					""", "question_id, owner_id, due_on", statement -> jdbc.sql(statement)
				.param("question", question.questionId())
				.param("owner", question.ownerId())
				.param("due", question.dueOn())
				.param("now", Timestamp.from(now))
				.update());
			if (recorded == 1) {
				reminded.computeIfAbsent(new Group(question.eventId(), question.ownerId(), question.dueOn()),
						group -> new ArrayList<>()).add(question.questionId());
				titles.put(question.eventId(), question.title());
			}
		}
		reminded.forEach((group, questions) -> events.publishEvent(new NettpratQuestionsDue(group.eventId(),
				titles.get(group.eventId()), List.copyOf(questions), group.ownerId(), group.dueOn())));
		return reminded.values().stream().mapToInt(List::size).sum();
	}

}
