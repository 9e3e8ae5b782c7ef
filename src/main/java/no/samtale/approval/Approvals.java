package no.samtale.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalStep.Action;
import no.samtale.approval.FourEyes.Refusal;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.platform.RuleViolationException;

/**
 * Four-eyes requests: submit, approve (optionally with an edit), send back, reword. Each call checks the rules in
 * {@link FourEyes} against the request as stored, under a row lock, so two partners clicking at once decide once.
 */
@Service
public class Approvals {

	private final JdbcClient jdbc;

	Approvals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a review, or records one that needs none ({@code approvedAtOnce}: a private chat answer on an account
	 * an admin exempted) as approved by its author, so the trail still says who sent what.
	 */
	@Transactional
	public long submit(SubjectKind kind, long teamId, long authorId, String body, boolean approvedAtOnce) {
		Instant now = Instant.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into approval_request (subject_kind, team_id, author_id, written_by, body, state, submitted_at,
				    decided_by, decided_at)
				values (:kind, :team, :author, :author, :body, :state, :now, :decidedBy, :decidedAt)
				""")
			.param("kind", kind.name())
			.param("team", teamId)
			.param("author", authorId)
			.param("body", body)
			.param("state", approvedAtOnce ? ApprovalState.APPROVED.name() : ApprovalState.PENDING.name())
			.param("now", Timestamp.from(now))
			.param("decidedBy", approvedAtOnce ? authorId : null)
			.param("decidedAt", approvedAtOnce ? Timestamp.from(now) : null)
			.update(key, "id");
		long id = key.getKey().longValue();
		step(id, authorId, approvedAtOnce ? Action.NEEDS_NO_APPROVAL : Action.SUBMITTED, null);
		return id;
	}

	/**
	 * Approves the request as it stands, or, with {@code editedBody} that changes it, records the edit as a proposal
	 * that waits for the author (or a third member) to accept: see
	 * {@link FourEyes#anEditedTextGoesBackToItsAuthorBeforeItLeaves}. The answer's state says which.
	 */
	@Transactional
	public ApprovalRequest approve(long id, Reviewer approver, String editedBody) {
		ApprovalRequest request = lockedForDecision(id, approver);
		Instant now = Instant.now();
		if (FourEyes.anEditedTextGoesBackToItsAuthorBeforeItLeaves(request,
				editedBody) == FourEyes.Outcome.EDIT_AWAITS_ACCEPTANCE) {
			jdbc.sql("""
					update approval_request set body = :body, written_by = :approver, previous_body = :previous
					where id = :id and state = 'PENDING'
					""")
				.param("body", editedBody.strip())
				.param("approver", approver.id())
				.param("previous", request.body())
				.param("id", id)
				.update();
			step(id, approver.id(), Action.EDIT_PROPOSED, request.body());
			return get(id);
		}
		boolean edited = request.writtenBy() != request.authorId();
		jdbc.sql("""
				update approval_request set state = 'APPROVED', decided_by = :approver, decided_at = :now,
				    edited_by_approver = :edited, previous_body = null
				where id = :id and state = 'PENDING'
				""")
			.param("approver", approver.id())
			.param("now", Timestamp.from(now))
			.param("edited", edited)
			.param("id", id)
			.update();
		step(id, approver.id(), edited && approver.id() == request.authorId() ? Action.EDIT_ACCEPTED : Action.APPROVED,
				null);
		return get(id);
	}

	@Transactional
	public ApprovalRequest reject(long id, Reviewer approver, String comment) {
		ApprovalRequest request = lockedForDecision(id, approver);
		refuse(FourEyes.theAuthorRewordsRatherThanSendsBack(request, approver.id()));
		jdbc.sql("""
				update approval_request set state = 'REJECTED', decided_by = :approver, decided_at = :now,
				    rejection_comment = :comment, previous_body = null
				where id = :id and state = 'PENDING'
				""")
			.param("approver", approver.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("comment", comment.strip())
			.param("id", id)
			.update();
		step(id, approver.id(), Action.REJECTED, comment.strip());
		return get(id);
	}

	/** The author changes the wording; a request that was sent back waits for review again. */
	@Transactional
	public ApprovalRequest reword(long id, long authorId, String body) {
		ApprovalRequest request = locked(id);
		refuse(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(request, authorId));
		boolean resubmitted = request.state() == ApprovalState.REJECTED;
		jdbc.sql("""
				update approval_request set body = :body, state = 'PENDING', decided_by = null, decided_at = null,
				    written_by = author_id, previous_body = null
				where id = :id
				""")
			.param("body", body.strip())
			.param("id", id)
			.update();
		step(id, authorId, resubmitted ? Action.RESUBMITTED : Action.EDITED, request.body());
		return get(id);
	}

	public ApprovalRequest get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Approval", id));
	}

	public Optional<ApprovalRequest> find(long id) {
		return jdbc.sql("select * from approval_request where id = :id").param("id", id).query(Approvals::row).optional();
	}

	public List<ApprovalRequest> all(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from approval_request where id in (:ids) order by id")
			.param("ids", ids)
			.query(Approvals::row)
			.list();
	}

	/**
	 * What of this kind waits for review in these teams, oldest first; first of all what {@code reviewer} may check in
	 * the teams where they are on duty ({@code dutyTeams}), so the partner on duty is offered it first.
	 */
	public PageResponse<ApprovalRequest> pending(SubjectKind kind, Collection<Long> teamIds, Collection<Long> dutyTeams,
			long reviewer, PageQuery page) {
		if (teamIds.isEmpty()) {
			return PageResponse.of(List.of(), page, 0);
		}
		List<ApprovalRequest> items = jdbc.sql("""
				select * from approval_request where team_id in (:teams) and state = 'PENDING' and subject_kind = :kind
				order by case when team_id in (:duty) and written_by <> :reviewer then 0 else 1 end, submitted_at, id
				offset :offset rows fetch first :size rows only
				""")
			.param("teams", teamIds)
			.param("duty", dutyTeams.isEmpty() ? List.of(-1L) : dutyTeams)
			.param("reviewer", reviewer)
			.param("kind", kind.name())
			.param("offset", page.offset())
			.param("size", page.size())
			.query(Approvals::row)
			.list();
		long total = jdbc.sql("""
				select count(*) from approval_request where team_id in (:teams) and state = 'PENDING'
				    and subject_kind = :kind
				""")
			.param("teams", teamIds)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
		return PageResponse.of(items, page, total);
	}

	/** How many of this kind wait in these teams for someone other than their writer (each queue has its page). */
	public long waitingFor(long userId, Collection<Long> teamIds, SubjectKind kind) {
		if (teamIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from approval_request
				where team_id in (:teams) and state = 'PENDING' and written_by <> :user and subject_kind = :kind
				""")
			.param("teams", teamIds)
			.param("user", userId)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	public List<ApprovalStep> steps(long id) {
		return jdbc.sql("select * from approval_step where request_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new ApprovalStep(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("actor_id"),
					Action.valueOf(rs.getString("action")), rs.getString("detail"), rs.getTimestamp("acted_at").toInstant()))
			.list();
	}

	/** Whether this person may decide on this request (for showing buttons; the decision checks again). */
	public boolean mayDecide(ApprovalRequest request, Reviewer reviewer) {
		return FourEyes.onlyAPendingRequestCanBeDecided(request).isEmpty() && FourEyes
			.onlyAnotherAdvisorOfTheTeamMayDecide(request, reviewer.id(), reviewer.checksFor(request.teamId()))
			.isEmpty();
	}

	private ApprovalRequest lockedForDecision(long id, Reviewer reviewer) {
		ApprovalRequest request = locked(id);
		refuse(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(request, reviewer.id(),
				reviewer.checksFor(request.teamId())));
		refuse(FourEyes.onlyAPendingRequestCanBeDecided(request));
		return request;
	}

	private ApprovalRequest locked(long id) {
		return jdbc.sql("select * from approval_request where id = :id for update")
			.param("id", id)
			.query(Approvals::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Approval", id));
	}

	private static void refuse(Optional<Refusal> refusal) {
		refusal.ifPresent(r -> {
			if ("approval-decided".equals(r.slug())) {
				throw new RuleViolationException(r.slug(), null, r.reason());
			}
			throw new ForbiddenException(r.slug(), r.reason());
		});
	}

	private void step(long requestId, long actorId, Action action, String detail) {
		jdbc.sql("""
				insert into approval_step (request_id, actor_id, action, detail, acted_at)
				values (:request, :actor, :action, :detail, :now)
				""")
			.param("request", requestId)
			.param("actor", actorId)
			.param("action", action.name())
			.param("detail", detail)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	private static ApprovalRequest row(ResultSet rs, int n) throws SQLException {
		long decidedBy = rs.getLong("decided_by");
		boolean undecided = rs.wasNull();
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ApprovalRequest(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")),
				rs.getLong("team_id"), rs.getLong("author_id"), rs.getString("body"),
				ApprovalState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
				undecided ? null : decidedBy, decidedAt == null ? null : decidedAt.toInstant(),
				rs.getString("rejection_comment"), rs.getBoolean("edited_by_approver"), rs.getLong("written_by"),
				rs.getString("previous_body"));
	}

	/**
	 * Retention and erasure: the wording of these requests (and of their steps, which may quote it) becomes null, or
	 * the requests are deleted. The decision trail (who, when) stays when only the wording goes.
	 */
	@Transactional
	public int forget(Collection<Long> ids, boolean delete) {
		if (ids.isEmpty()) {
			return 0;
		}
		if (delete) {
			jdbc.sql("delete from approval_step where request_id in (:ids)").param("ids", ids).update();
			return jdbc.sql("delete from approval_request where id in (:ids)").param("ids", ids).update();
		}
		jdbc.sql("update approval_step set detail = null where request_id in (:ids)").param("ids", ids).update();
		return jdbc.sql("update approval_request set body = null, rejection_comment = null where id in (:ids)")
			.param("ids", ids)
			.update();
	}

	/** Erasure: what still waits (or was sent back) is cancelled, so nobody approves or rewords it; answers how many. */
	@Transactional
	public int cancel(Collection<Long> ids) {
		return ids.isEmpty() ? 0 : jdbc.sql("""
				update approval_request set state = 'CANCELLED', body = null, previous_body = null, rejection_comment = null
				where id in (:ids) and state in ('PENDING', 'REJECTED')
				""").param("ids", ids).update();
	}

}
