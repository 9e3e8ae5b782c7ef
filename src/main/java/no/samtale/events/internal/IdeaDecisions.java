package no.samtale.events.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.IdeaMerged;
import no.samtale.events.IdeaStatusChanged;
import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * What moderators, leaders and administrators decide about an idea: a status with an owner and a public reason at
 * each change (its followers are told), and merges that keep where an idea came from and move its votes (its voters
 * and followers are told, and its followers follow the idea it went into).
 */
@Service
class IdeaDecisions {

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final Users users;

	private final PersonalDataPolicy privacy;

	private final IdeaFollowers followers;

	private final ApplicationEventPublisher events;

	IdeaDecisions(JdbcClient jdbc, IdeaRows rows, Users users, PersonalDataPolicy privacy, IdeaFollowers followers,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.users = users;
		this.privacy = privacy;
		this.followers = followers;
		this.events = events;
	}

	/** A status with an owner and a public reason; MERGED only by merging. */
	@Transactional
	void changeStatus(long ideaId, IdeaStatus status, Long ownerId, String reason, CurrentUser user) {
		requireManager(user);
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why, in words every employee can read.");
		}
		if (status == IdeaStatus.MERGED) {
			throw new InvalidInputException("status", "Merge an idea through its merge, which moves its votes.");
		}
		if (idea.status() == IdeaStatus.MERGED) {
			throw new RuleViolationException("idea-closed", "status", "The idea was merged into another.");
		}
		Long owner = ownerId == null ? idea.ownerId() : ownerId;
		if (owner != null && users.people(List.of(owner)).isEmpty()) {
			throw new InvalidInputException("ownerId", "The owner must be a known user.");
		}
		privacy.refuseIdentityNumbers("reason", reason);
		Instant now = Instant.now();
		rows.record(ideaId, status, owner, reason.strip(), null, user.id(), now);
		events.publishEvent(new IdeaStatusChanged(ideaId, idea.title(), status.name(), user.id(), followers.of(ideaId), now));
	}

	/**
	 * Merges an idea into another of the same space: its votes move (each voter counted once), it is closed as
	 * MERGED pointing at the other, and both ideas' histories say so.
	 */
	@Transactional
	void merge(long ideaId, long intoId, String reason, CurrentUser user) {
		requireManager(user);
		if (ideaId == intoId) {
			throw new InvalidInputException("intoId", "An idea cannot be merged into itself.");
		}
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		IdeaRows.IdeaRow into = jdbc.sql("select * from events_idea where id = :id")
			.param("id", intoId)
			.query(IdeaRows::row)
			.optional()
			.orElseThrow(() -> new InvalidInputException("intoId", "No such idea."));
		if (into.spaceId() != idea.spaceId()) {
			throw new InvalidInputException("intoId", "Merge into an idea of the same space.");
		}
		if (!idea.status().open() || !into.status().open()) {
			throw new RuleViolationException("idea-closed", "intoId", "Only open ideas are merged.");
		}
		// Told of the merge: whoever voted for the idea (their votes move) or follows it, before the votes move.
		Set<Long> told = new LinkedHashSet<>(jdbc.sql("select user_id from events_idea_vote where idea_id = :id order by user_id")
			.param("id", ideaId)
			.query(Long.class)
			.list());
		told.addAll(followers.of(ideaId));
		jdbc.sql("""
				insert into events_idea_vote (idea_id, user_id)
				select :into, v.user_id from events_idea_vote v
				where v.idea_id = :from
				  and not exists (select 1 from events_idea_vote w where w.idea_id = :into and w.user_id = v.user_id)
				""").param("into", intoId).param("from", ideaId).update();
		jdbc.sql("delete from events_idea_vote where idea_id = :from").param("from", ideaId).update();
		jdbc.sql("update events_idea set merged_into = :into, votes = 0 where id = :id")
			.param("into", intoId)
			.param("id", ideaId)
			.update();
		rows.recount(intoId);
		String why = reason == null || reason.isBlank() ? "Slått sammen med en lik idé." : reason.strip();
		Instant now = Instant.now();
		rows.record(ideaId, IdeaStatus.MERGED, idea.ownerId(), why, intoId, user.id(), now);
		rows.record(intoId, into.status(), into.ownerId(), why, ideaId, user.id(), now);
		followers.moveTo(ideaId, intoId);
		events.publishEvent(new IdeaMerged(ideaId, idea.title(), intoId, into.title(), user.id(), List.copyOf(told), now));
	}

	private void requireManager(CurrentUser user) {
		if (!Ideas.canManage(user)) {
			throw new ForbiddenException("Only moderators, leaders and administrators change an idea's status.");
		}
	}

}
