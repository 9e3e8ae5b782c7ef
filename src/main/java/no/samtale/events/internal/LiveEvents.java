package no.samtale.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.NettpratPeopleAdded;
import no.samtale.events.internal.LiveRequests.NewLiveEvent;
import no.samtale.events.internal.LiveViews.LiveFigures;
import no.samtale.events.internal.LiveViews.LiveEventView;
import no.samtale.events.internal.LiveViews.LiveState;
import no.samtale.events.internal.LiveViews.LiveSummary;
import no.samtale.events.internal.LiveViews.PublicQuestion;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/** Nettprat events: scheduling one, who leads, helps and moderates it, and what every employee sees of it. */
@Service
class LiveEvents {

	/** The roles a person has in one event. */
	enum EventRole {
		LEADER, HELPER, MODERATOR
	}

	private final JdbcClient jdbc;

	private final Users users;

	private final LiveStream stream;

	private final DuplicateSafeInsert inserts;

	private final LivePeopleChanges peopleChanges;

	private final ApplicationEventPublisher publisher;

	LiveEvents(JdbcClient jdbc, Users users, LiveStream stream, DuplicateSafeInsert inserts,
			LivePeopleChanges peopleChanges, ApplicationEventPublisher publisher) {
		this.peopleChanges = peopleChanges;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.users = users;
		this.stream = stream;
		this.inserts = inserts;
	}

	/** Every nettprat, the coming and running ones first (soonest first), then the past ones (latest first). */
	@Transactional(readOnly = true)
	List<LiveSummary> list() {
		Instant now = Instant.now();
		List<EventRow> rows = jdbc.sql("select * from events_live order by starts_at").query(LiveEvents::row).list();
		List<LiveSummary> coming = new ArrayList<>();
		List<LiveSummary> past = new ArrayList<>();
		for (EventRow row : rows) {
			LiveSummary summary = new LiveSummary(row.id(), row.title(), row.startsAt(), row.endsAt(), row.state(now),
					row.cancelReason());
			if (row.over(now)) {
				past.add(0, summary);
			}
			else {
				coming.add(summary);
			}
		}
		List<LiveSummary> items = new ArrayList<>(coming);
		items.addAll(past);
		return items;
	}

	/** Leaders and admins schedule a nettprat, naming its leaders, helpers and moderators, who are told. */
	@Transactional
	long create(NewLiveEvent request, CurrentUser user) {
		if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only leaders and administrators schedule a nettprat.");
		}
		if (!request.endsAt().isAfter(request.startsAt())) {
			throw new InvalidInputException("endsAt", "The nettprat must end after it starts.");
		}
		List<Long> helpers = request.helperIds() == null ? List.of() : request.helperIds();
		long id = schedule(request.title().strip(), request.description(), request.startsAt(), request.endsAt(),
				request.leaderIds(), helpers, request.moderatorIds(), user.id());
		publisher.publishEvent(new NettpratPeopleAdded(id, request.title().strip(), List.copyOf(request.leaderIds()),
				List.copyOf(helpers), List.copyOf(request.moderatorIds()), user.id(), Instant.now()));
		return id;
	}

	long schedule(String title, String description, Instant startsAt, Instant endsAt, List<Long> leaders,
			List<Long> helpers, List<Long> moderators, long createdBy) {
		Set<Long> everyone = new HashSet<>(leaders);
		everyone.addAll(helpers);
		everyone.addAll(moderators);
		if (users.people(everyone).size() != everyone.size()) {
			throw new InvalidInputException("leaderIds", "Every leader, helper and moderator must be a known user.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_live (title, description, starts_at, ends_at, created_by, created_at)
				values (:title, :description, :starts, :ends, :by, :now)
				""")
			.param("title", title)
			.param("description", description == null ? "" : description.strip())
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(endsAt))
			.param("by", createdBy)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		addPeople(id, leaders, EventRole.LEADER);
		addPeople(id, helpers, EventRole.HELPER);
		addPeople(id, moderators, EventRole.MODERATOR);
		return id;
	}

	void addPeople(long eventId, List<Long> people, EventRole role) {
		for (long person : new HashSet<>(people)) {
			jdbc.sql("insert into events_live_person (event_id, user_id, role) values (:event, :user, :role)")
				.param("event", eventId)
				.param("user", person)
				.param("role", role.name())
				.update();
		}
	}

	EventRow get(long eventId) {
		return jdbc.sql("select * from events_live where id = :id")
			.param("id", eventId)
			.query(LiveEvents::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Nettprat", eventId));
	}

	Set<EventRole> rolesOf(long eventId, long userId) {
		Set<EventRole> roles = new HashSet<>();
		jdbc.sql("select role from events_live_person where event_id = :event and user_id = :user")
			.param("event", eventId)
			.param("user", userId)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(EventRole.valueOf(role)));
		return roles;
	}

	void requireModerator(long eventId, CurrentUser user) {
		if (!rolesOf(eventId, user.id()).contains(EventRole.MODERATOR)) {
			throw new ForbiddenException("Only the moderators of this nettprat do this.");
		}
	}

	/** Leaders and helpers answer; moderators see the queue too. */
	void requireStaff(long eventId, CurrentUser user) {
		if (rolesOf(eventId, user.id()).isEmpty()) {
			throw new ForbiddenException("Only the leaders, helpers and moderators of this nettprat see this.");
		}
	}

	/** The event as a reader sees it, with the approved and answered questions, most votes first. */
	@Transactional
	LiveEventView show(long eventId, CurrentUser user) {
		EventRow event = get(eventId);
		long lastChange = stream.lastChangeId(eventId);
		inserts.insert("insert into events_live_viewer (event_id, user_id) values (:event, :user)", "event_id, user_id",
				statement -> jdbc.sql(statement).param("event", eventId).param("user", user.id()).update());
		Map<EventRole, List<Long>> people = new java.util.EnumMap<>(EventRole.class);
		jdbc.sql("select user_id, role from events_live_person where event_id = :event order by user_id")
			.param("event", eventId)
			.query((rs, row) -> people.computeIfAbsent(EventRole.valueOf(rs.getString("role")), r -> new ArrayList<>())
				.add(rs.getLong("user_id")))
			.list();
		Set<EventRole> mine = rolesOf(eventId, user.id());
		Instant now = Instant.now();
		boolean cancellable = event.state(now) == LiveState.SCHEDULED && event.movedBy(mine);
		return new LiveEventView(event.id(), event.title(), event.description(), event.startsAt(), event.endsAt(),
				event.state(Instant.now()), named(people.get(EventRole.LEADER)), named(people.get(EventRole.HELPER)),
				named(people.get(EventRole.MODERATOR)), mine.contains(EventRole.MODERATOR),
				mine.contains(EventRole.LEADER) || mine.contains(EventRole.HELPER), publicQuestions(eventId, user),
				lastChange, figures(eventId), event.archivedDiscussionId(), event.announcementDiscussionId(),
				event.peopleManagedBy(user) && !event.ended(now) && !event.cancelled(), peopleChanges.of(eventId),
				cancellable, event.cancelledAt(), event.cancelReason());
	}

	private List<Person> named(List<Long> ids) {
		if (ids == null) {
			return List.of();
		}
		Map<Long, Person> found = users.people(ids);
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	List<PublicQuestion> publicQuestions(long eventId, CurrentUser user) {
		record Row(long id, String text, Long asker, int votes, String status, String answer, Long answeredBy,
				Long typedBy, Instant answeredAt, boolean voted) {
		}
		List<Row> rows = jdbc.sql("""
				select q.*, (select count(*) from events_question_vote v where v.question_id = q.id and v.user_id = :user) as voted
				from events_question q
				where q.event_id = :event and q.status in ('APPROVED', 'ANSWERED')
				order by q.votes desc, q.id
				""")
			.param("event", eventId)
			.param("user", user.id())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("body"), nullableLong(rs, "asker_id"),
					rs.getInt("votes"), rs.getString("status"), rs.getString("answer"), nullableLong(rs, "answered_by"),
					nullableLong(rs, "typed_by"), instant(rs, "answered_at"), rs.getLong("voted") > 0))
			.list();
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> {
			ids.add(row.asker());
			ids.add(row.answeredBy());
			ids.add(row.typedBy());
		});
		ids.remove(null);
		Map<Long, Person> people = users.people(ids);
		return rows.stream()
			.map(row -> new PublicQuestion(row.id(), row.text(), row.asker() == null ? null : people.get(row.asker()),
					row.votes(), row.voted(), LiveQuestionStatus.valueOf(row.status()), row.answer(),
					row.answeredBy() == null ? null : people.get(row.answeredBy()),
					row.typedBy() == null ? null : people.get(row.typedBy()), row.answeredAt()))
			.toList();
	}

	LiveFigures figures(long eventId) {
		return jdbc.sql("""
				select (select count(*) from events_live_viewer where event_id = :event) as viewers,
				       count(*) as questions,
				       coalesce(sum(case when status = 'ANSWERED' then 1 else 0 end), 0) as answered,
				       coalesce(sum(case when status = 'MERGED' then 1 else 0 end), 0) as merged,
				       coalesce(sum(case when status = 'DECLINED' then 1 else 0 end), 0) as declined,
				       coalesce(sum(case when status in ('PENDING', 'APPROVED') then 1 else 0 end), 0) as unanswered
				from events_question where event_id = :event
				""")
			.param("event", eventId)
			.query((rs, row) -> new LiveFigures(rs.getLong("viewers"), rs.getLong("questions"), rs.getLong("answered"),
					rs.getLong("merged"), rs.getLong("declined"), rs.getLong("unanswered")))
			.single();
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static EventRow row(ResultSet rs, int row) throws SQLException {
		return new EventRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				instant(rs, "archived_at"), nullableLong(rs, "archived_discussion_id"),
				nullableLong(rs, "announcement_discussion_id"), rs.getLong("created_by"), instant(rs, "cancelled_at"),
				rs.getString("cancel_reason"));
	}

}
