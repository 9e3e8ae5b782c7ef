package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.IdeaViews.IdeaEscalation;
import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.forum.EscalationRequests;
import no.samtale.forum.EscalationTranscript;
import no.samtale.forum.EscalationTranscripts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * An idea lifted to a directorate department like a forum question of principle: the forum starts a discussion in
 * the idea's space and escalates it, with its own rules (only the space's moderators, a department, a reason). The
 * escalation's state and the department's answer are read back from the forum each time the idea is shown, so the
 * idea always carries what the forum holds.
 */
@Service
class IdeaEscalations {

	/** The forum's limit on a discussion's title. */
	private static final int TITLE_LENGTH = 200;

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final EscalationRequests requests;

	private final EscalationTranscripts transcripts;

	private final Users users;

	private final PersonalDataPolicy privacy;

	IdeaEscalations(JdbcClient jdbc, IdeaRows rows, EscalationRequests requests, EscalationTranscripts transcripts,
			Users users, PersonalDataPolicy privacy) {
		this.privacy = privacy;
		this.jdbc = jdbc;
		this.rows = rows;
		this.requests = requests;
		this.transcripts = transcripts;
		this.users = users;
	}

	record Lifted(long escalationId, long discussionId) {
	}

	private record Row(long escalationId, long discussionId, long departmentId) {
	}

	/**
	 * Lifts the idea, in one transaction with the forum's discussion and escalation: a refusal by either leaves
	 * nothing. A merged idea is not lifted (its talk goes on where it went); one already with a department is a 409.
	 */
	@Transactional
	Lifted lift(long ideaId, long departmentId, String reason, @Nullable LocalDate deadline, CurrentUser user) {
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		// The forum checks it again; asked first, so whoever may not lift an idea learns that before anything else.
		if (!requests.mayRaise(idea.spaceId(), user)) {
			throw new ForbiddenException("Only the moderators of the idea's space lift it to the directorate.");
		}
		if (idea.status() == IdeaStatus.MERGED) {
			throw new RuleViolationException("idea-closed", "departmentId", "A merged idea is lifted where it went.");
		}
		Optional<Row> earlier = latest(ideaId);
		if (earlier.flatMap(row -> transcripts.transcript(row.escalationId()))
			.filter(transcript -> !"CLOSED".equals(transcript.state()))
			.isPresent()) {
			throw new RuleViolationException("idea-escalated", null, "The idea is already with a department.");
		}
		privacy.refuseIdentityNumbers("reason", reason);
		EscalationRequests.Raised raised = requests.raise(new EscalationRequests.Request(idea.spaceId(),
				earlier.map(Row::discussionId).orElse(null), title(idea), body(idea), departmentId, reason, deadline),
				user);
		jdbc.sql("""
				insert into events_idea_escalation (idea_id, escalation_id, discussion_id, department_id, raised_by, raised_at)
				values (:idea, :escalation, :discussion, :department, :by, :at)
				""")
			.param("idea", ideaId)
			.param("escalation", raised.escalationId())
			.param("discussion", raised.discussionId())
			.param("department", departmentId)
			.param("by", user.id())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return new Lifted(raised.escalationId(), raised.discussionId());
	}

	/** Whether the caller may lift ideas of this space: the forum's moderators of it. */
	boolean mayLift(long spaceId, CurrentUser user) {
		return requests.mayRaise(spaceId, user);
	}

	/** The idea's latest escalation as the forum holds it now, or null when it was never lifted. */
	@Nullable
	IdeaEscalation of(long ideaId) {
		Optional<Row> row = latest(ideaId);
		Optional<EscalationTranscript> found = row.flatMap(r -> transcripts.transcript(r.escalationId()));
		if (found.isEmpty()) {
			return null;
		}
		EscalationTranscript e = found.get();
		List<Long> ids = new ArrayList<>(List.of(e.raisedBy()));
		if (e.answeredBy() != null) {
			ids.add(e.answeredBy());
		}
		Map<Long, Person> people = users.people(ids);
		String department = users.unit(e.departmentId()).map(Unit::name).orElse("");
		return new IdeaEscalation(e.id(), e.discussionId(), e.departmentId(), department, e.summary(),
				IdeaViews.IdeaEscalationState.valueOf(e.state()), people.get(e.raisedBy()), e.raisedAt(),
				e.answer(), e.answeredBy() == null ? null : people.get(e.answeredBy()), e.answeredAt(), e.closedAt());
	}

	private Optional<Row> latest(long ideaId) {
		return jdbc.sql("""
				select escalation_id, discussion_id, department_id from events_idea_escalation
				where idea_id = :idea order by id desc
				""")
			.param("idea", ideaId)
			.query((rs, n) -> new Row(rs.getLong("escalation_id"), rs.getLong("discussion_id"), rs.getLong("department_id")))
			.list()
			.stream()
			.findFirst();
	}

	/** The discussion's title: the idea's, marked as an idea, within the forum's limit. */
	static String title(IdeaRows.IdeaRow idea) {
		String title = "Idé: " + idea.title();
		return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
	}

	/** The idea's text, with a way back to the idea where its votes and comments are. */
	private static String body(IdeaRows.IdeaRow idea) {
		return idea.body() + "\n\n[Idéen i idéboksen](/ideer/" + idea.id() + ")";
	}

}
