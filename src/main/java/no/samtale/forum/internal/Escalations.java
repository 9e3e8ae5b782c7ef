package no.samtale.forum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Unit;
import no.samtale.identity.UnitKind;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.platform.RuleViolationException;

/**
 * Questions of principle (an unclear rule, an unintended effect of a regulation, a routine that does not work)
 * lifted by a moderator to a directorate department, tracked until answered. The answer goes back into the
 * discussion, where its followers are told.
 */
@Service
class Escalations {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	private final Users users;

	private final Discussions discussions;

	private final Messages messages;

	private final ForumAudit audit;

	private final ApplicationEventPublisher events;

	Escalations(JdbcClient jdbc, Users users, Discussions discussions, Messages messages,
			ForumAudit audit, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.users = users;
		this.discussions = discussions;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	long raise(DiscussionRecord discussion, CurrentUser moderator, long departmentId, String summary, LocalDate deadline,
			Instant at) {
		Unit department = users.unit(departmentId)
			.filter(unit -> unit.kind() == UnitKind.DEPARTMENT)
			.orElseThrow(() -> new InvalidInputException("departmentId", "Escalate to a directorate department"));
		if (summary == null || summary.isBlank()) {
			throw new InvalidInputException("summary", "Summarise the question of principle for the department");
		}
		// No deadline given means none: the department is not held to a date the moderator did not set.
		LocalDate due = deadline;
		if (due != null && due.isBefore(LocalDate.ofInstant(at, OSLO))) {
			throw new InvalidInputException("deadline", "The deadline cannot be in the past");
		}
		if (active(discussion.id()).isPresent()) {
			throw new RuleViolationException("already-escalated", null, "This discussion is already with a department");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into forum_escalation (discussion_id, department_id, summary, state, raised_by, raised_at, deadline)
				values (:discussion, :department, :summary, 'RAISED', :by, :at, :deadline)
				""")
			.param("discussion", discussion.id())
			.param("department", department.id())
			.param("summary", summary.strip())
			.param("by", moderator.id())
			.param("at", Timestamp.from(at))
			.param("deadline", due)
			.update(key, "id");
		audit.record(discussion.spaceId(), moderator.id(), ForumAuditAction.ESCALATE, ForumAuditTarget.discussion(discussion.id()), department.name());
		long id = key.getKey().longValue();
		events.publishEvent(new EscalationRaised(id, discussion.id(), discussion.spaceId(), department.id(),
				moderator.id(), due, at));
		return id;
	}

	Optional<Escalation> find(long id) {
		return jdbc.sql("select * from forum_escalation where id = :id").param("id", id).query(Escalations::row).optional();
	}

	Escalation get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Escalation", id));
	}

	/** The escalation of a discussion that is not closed, if any. */
	Optional<Escalation> active(long discussionId) {
		return latest(discussionId).filter(escalation -> escalation.state() != EscalationState.CLOSED);
	}

	Optional<Escalation> latest(long discussionId) {
		return jdbc.sql("select * from forum_escalation where discussion_id = :id order by raised_at desc, id desc")
			.param("id", discussionId)
			.query(Escalations::row)
			.list()
			.stream()
			.findFirst();
	}

	/** A department's queue: its members see everything sent to it, moderators what they raised, admins all. */
	PageResponse<Escalation> queue(CurrentUser user, Long departmentId, EscalationState state, PageQuery page) {
		String where = """
				where (:admin or department_id = :unit or raised_by = :user)
				  and (cast(:department as bigint) is null or department_id = :department)
				  and (cast(:state as varchar(20)) is null or state = :state)
				""";
		long unit = user.unitId() == null ? -1 : user.unitId();
		String stateName = state == null ? null : state.name();
		long total = jdbc.sql("select count(*) from forum_escalation " + where)
			.param("admin", user.hasRole(Role.ADMIN)).param("unit", unit).param("user", user.id())
			.param("department", departmentId).param("state", stateName)
			.query(Long.class).single();
		List<Escalation> items = jdbc.sql("select * from forum_escalation " + where
				+ " order by case when state in ('RAISED', 'ACKNOWLEDGED') then 0 else 1 end, deadline nulls last, id limit :limit offset :offset")
			.param("admin", user.hasRole(Role.ADMIN)).param("unit", unit).param("user", user.id())
			.param("department", departmentId).param("state", stateName)
			.param("limit", page.size()).param("offset", page.offset())
			.query(Escalations::row).list();
		return PageResponse.of(items, page, total);
	}

	boolean canSee(Escalation escalation, CurrentUser user) {
		return inDepartment(escalation, user) || escalation.raisedBy() == user.id() || user.hasRole(Role.ADMIN);
	}

	@Transactional
	void acknowledge(long id, CurrentUser user) {
		Escalation escalation = forDepartment(id, user);
		move(escalation, EscalationState.ACKNOWLEDGED);
		jdbc.sql("update forum_escalation set state = 'ACKNOWLEDGED', acknowledged_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now())).param("id", id).update();
	}

	/** The department's answer, posted into the discussion as a public message by the one who answered. */
	@Transactional
	void answer(long id, CurrentUser user, String answer) {
		Escalation escalation = forDepartment(id, user);
		if (answer == null || answer.isBlank()) {
			throw new InvalidInputException("answer", "The answer must not be empty");
		}
		move(escalation, EscalationState.ANSWERED);
		Instant now = Instant.now();
		jdbc.sql("""
				update forum_escalation set state = 'ANSWERED', answered_at = :now, answered_by = :user, answer = :answer
				where id = :id
				""").param("now", Timestamp.from(now)).param("user", user.id()).param("answer", answer.strip()).param("id", id).update();
		long messageId = messages.post(escalation.discussionId(), user.id(), MessageKind.POST, answer, List.of(), now);
		DiscussionRecord discussion = discussions.get(escalation.discussionId());
		events.publishEvent(new EscalationAnswered(id, discussion.id(), discussion.spaceId(), messageId, user.id(),
				escalation.raisedBy(), now));
	}

	/** Closed by the department, or by the moderator who raised it (for example when it resolved itself). */
	@Transactional
	void close(long id, CurrentUser user) {
		Escalation escalation = get(id);
		if (!inDepartment(escalation, user) && escalation.raisedBy() != user.id() && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only the department or the moderator who raised it may close it");
		}
		move(escalation, EscalationState.CLOSED);
		jdbc.sql("update forum_escalation set state = 'CLOSED', closed_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now())).param("id", id).update();
	}

	private Escalation forDepartment(long id, CurrentUser user) {
		Escalation escalation = get(id);
		if (!inDepartment(escalation, user) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only the department it was sent to may do this");
		}
		return escalation;
	}

	private static boolean inDepartment(Escalation escalation, CurrentUser user) {
		return user.unitId() != null && user.unitId() == escalation.departmentId();
	}

	private static void move(Escalation escalation, EscalationState target) {
		if (!escalation.state().mayMoveTo(target)) {
			throw new RuleViolationException("escalation-state", "state",
					"An escalation that is " + escalation.state() + " cannot become " + target);
		}
	}

	private static Escalation row(ResultSet rs, int row) throws SQLException {
		long answeredBy = rs.getLong("answered_by");
		Long answeredById = rs.wasNull() ? null : answeredBy;
		return new Escalation(rs.getLong("id"), rs.getLong("discussion_id"), rs.getLong("department_id"),
				rs.getString("summary"), EscalationState.valueOf(rs.getString("state")), rs.getLong("raised_by"),
				rs.getTimestamp("raised_at").toInstant(), rs.getObject("deadline", LocalDate.class),
				instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("answered_at")), answeredById,
				rs.getString("answer"), instant(rs.getTimestamp("closed_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static LocalDate today() {
		return LocalDate.now(OSLO);
	}

}
