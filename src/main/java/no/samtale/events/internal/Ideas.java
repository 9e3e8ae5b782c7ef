package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.SpaceKind;
import no.samtale.dialogue.SpaceRecord;
import no.samtale.dialogue.Spaces;
import no.samtale.events.internal.IdeaViews.IdeaChange;
import no.samtale.events.internal.IdeaViews.IdeaList;
import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.events.internal.IdeaViews.IdeaSummary;
import no.samtale.events.internal.IdeaViews.IdeaView;
import no.samtale.events.internal.IdeaViews.SimilarIdea;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The idea box: ideas in a forum space, one vote per person and idea, at most {@link #OPEN_VOTES} votes on open
 * ideas per person (a vote comes back when its idea closes, since only open ideas count), a status with an owner
 * and a public reason at each change, and merges that keep where an idea came from and move its votes.
 */
@Service
class Ideas {

	/** How many open ideas one person may back at a time. */
	static final int OPEN_VOTES = 10;

	/** The demo's and the page's default space. */
	static final String DEFAULT_SPACE = "Hjelpemidler – idéer og innovasjon";

	record IdeaRow(long id, long spaceId, String title, String body, long authorId, IdeaStatus status, Long ownerId,
			Long mergedInto, int votes, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final Users users;

	private final PersonalDataPolicy privacy;

	private final DuplicateSafeInsert inserts;

	Ideas(JdbcClient jdbc, Spaces spaces, Users users, PersonalDataPolicy privacy, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.users = users;
		this.privacy = privacy;
		this.inserts = inserts;
	}

	static boolean canManage(CurrentUser user) {
		return user.hasRole(Role.MODERATOR) || user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN);
	}

	/** The space's ideas, most votes first; without a space, the idea box's default space. */
	@Transactional(readOnly = true)
	IdeaList list(Long spaceId, CurrentUser user) {
		SpaceRecord space = spaceId == null ? defaultSpace() : space(spaceId);
		List<IdeaRow> rows = jdbc.sql("select * from events_idea where space_id = :space order by votes desc, id desc")
			.param("space", space.id())
			.query(Ideas::row)
			.list();
		Set<Long> voted = votedBy(user.id());
		Map<Long, Person> owners = users.people(rows.stream().map(IdeaRow::ownerId).filter(Objects::nonNull).toList());
		List<IdeaSummary> items = rows.stream()
			.map(row -> new IdeaSummary(row.id(), row.title(), row.status(), row.votes(), voted.contains(row.id()),
					row.ownerId() == null ? null : owners.get(row.ownerId()), row.createdAt()))
			.toList();
		return new IdeaList(space.id(), space.name(), OPEN_VOTES - openVotes(user.id()), OPEN_VOTES, canManage(user),
				items);
	}

	SpaceRecord defaultSpace() {
		return spaces.ofKinds(List.of(SpaceKind.values()))
			.stream()
			.filter(space -> space.name().equals(DEFAULT_SPACE))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Space", DEFAULT_SPACE));
	}

	private SpaceRecord space(long spaceId) {
		return spaces.find(spaceId).orElseThrow(() -> new InvalidInputException("spaceId", "No such space."));
	}

	@Transactional
	long submit(long spaceId, String title, String body, CurrentUser user) {
		space(spaceId);
		String cleanTitle = title.strip();
		String cleanBody = body.strip();
		if (cleanTitle.isEmpty()) {
			throw new InvalidInputException("title", "An idea needs a title.");
		}
		privacy.refuseIdentityNumbers("title", cleanTitle);
		privacy.refuseIdentityNumbers("body", cleanBody);
		return insert(spaceId, cleanTitle, cleanBody, user.id(), Instant.now());
	}

	long insert(long spaceId, String title, String body, long authorId, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_idea (space_id, title, body, author_id, status, votes, created_at)
				values (:space, :title, :body, :author, 'NEW', 0, :now)
				""")
			.param("space", spaceId)
			.param("title", title)
			.param("body", body)
			.param("author", authorId)
			.param("now", Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional(readOnly = true)
	IdeaView show(long ideaId, CurrentUser user) {
		IdeaRow idea = get(ideaId);
		List<IdeaRow> from = jdbc.sql("select * from events_idea where merged_into = :id order by id")
			.param("id", ideaId)
			.query(Ideas::row)
			.list();
		record ChangeRow(IdeaStatus status, Long ownerId, String reason, Long other, String otherTitle, long by,
				Instant at) {
		}
		List<ChangeRow> changes = jdbc.sql("""
				select c.*, o.title as other_title from events_idea_change c left join events_idea o on o.id = c.other_idea
				where c.idea_id = :id order by c.id
				""")
			.param("id", ideaId)
			.query((rs, n) -> new ChangeRow(IdeaStatus.valueOf(rs.getString("status")), LiveEvents.nullableLong(rs, "owner_id"),
					rs.getString("reason"), LiveEvents.nullableLong(rs, "other_idea"), rs.getString("other_title"),
					rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
		Set<Long> ids = new HashSet<>();
		ids.add(idea.authorId());
		ids.add(idea.ownerId());
		changes.forEach(change -> {
			ids.add(change.ownerId());
			ids.add(change.by());
		});
		ids.remove(null);
		Map<Long, Person> people = users.people(ids);
		Set<Long> voted = votedBy(user.id());
		List<IdeaChange> history = changes.stream()
			.map(c -> new IdeaChange(c.status(), c.ownerId() == null ? null : people.get(c.ownerId()), c.reason(),
					c.other(), c.otherTitle(), people.get(c.by()), c.at()))
			.toList();
		return new IdeaView(idea.id(), idea.spaceId(), idea.title(), idea.body(), people.get(idea.authorId()),
				idea.status(), idea.votes(), voted.contains(ideaId),
				idea.ownerId() == null ? null : people.get(idea.ownerId()), idea.mergedInto(),
				from.stream()
					.map(row -> new IdeaSummary(row.id(), row.title(), row.status(), row.votes(), voted.contains(row.id()),
							null, row.createdAt()))
					.toList(),
				history, canManage(user), idea.createdAt());
	}

	/** One vote per person and idea, on an open idea, within the person's open votes. */
	@Transactional
	int vote(long ideaId, CurrentUser user) {
		IdeaRow idea = get(ideaId);
		if (!idea.status().open()) {
			throw new RuleViolationException("idea-closed", "ideaId", "The idea is closed; it takes no more votes.");
		}
		boolean already = jdbc.sql("select count(*) from events_idea_vote where idea_id = :idea and user_id = :user")
			.param("idea", ideaId)
			.param("user", user.id())
			.query(Long.class)
			.single() > 0;
		if (already) {
			throw new RuleViolationException("already-voted", "ideaId", "You have already voted for this idea.");
		}
		if (openVotes(user.id()) >= OPEN_VOTES) {
			throw new RuleViolationException("vote-limit", "ideaId", "You have used all your " + OPEN_VOTES
					+ " votes on open ideas; a vote comes back when its idea closes.");
		}
		int added = inserts.insert("insert into events_idea_vote (idea_id, user_id) values (:idea, :user)",
				"idea_id, user_id",
				statement -> jdbc.sql(statement).param("idea", ideaId).param("user", user.id()).update());
		if (added == 0) {
			throw new RuleViolationException("already-voted", "ideaId", "You have already voted for this idea.");
		}
		return recount(ideaId);
	}

	/** How many of a person's votes are on open ideas. */
	int openVotes(long userId) {
		return jdbc.sql("""
				select count(*) from events_idea_vote v join events_idea i on i.id = v.idea_id
				where v.user_id = :user and i.status in ('NEW', 'ASSESSING', 'PLANNED')
				""").param("user", userId).query(Integer.class).single();
	}

	/** A status with an owner and a public reason; MERGED only by merging. */
	@Transactional
	void changeStatus(long ideaId, IdeaStatus status, Long ownerId, String reason, CurrentUser user) {
		requireManager(user);
		IdeaRow idea = get(ideaId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why, in words every employee can read.");
		}
		if (status == IdeaStatus.MERGED) {
			throw new InvalidInputException("status", "LiveMerge an idea through its merge, which moves its votes.");
		}
		if (idea.status() == IdeaStatus.MERGED) {
			throw new RuleViolationException("idea-closed", "status", "The idea was merged into another.");
		}
		Long owner = ownerId == null ? idea.ownerId() : ownerId;
		if (owner != null && users.people(List.of(owner)).isEmpty()) {
			throw new InvalidInputException("ownerId", "The owner must be a known user.");
		}
		privacy.refuseIdentityNumbers("reason", reason);
		record(ideaId, status, owner, reason.strip(), null, user.id(), Instant.now());
	}

	void record(long ideaId, IdeaStatus status, Long ownerId, String reason, Long other, long by, Instant at) {
		jdbc.sql("update events_idea set status = :status, owner_id = :owner where id = :id")
			.param("status", status.name())
			.param("owner", ownerId)
			.param("id", ideaId)
			.update();
		jdbc.sql("""
				insert into events_idea_change (idea_id, status, owner_id, reason, other_idea, changed_by, changed_at)
				values (:idea, :status, :owner, :reason, :other, :by, :at)
				""")
			.param("idea", ideaId)
			.param("status", status.name())
			.param("owner", ownerId)
			.param("reason", reason)
			.param("other", other)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
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
		IdeaRow idea = get(ideaId);
		IdeaRow into = jdbc.sql("select * from events_idea where id = :id")
			.param("id", intoId)
			.query(Ideas::row)
			.optional()
			.orElseThrow(() -> new InvalidInputException("intoId", "No such idea."));
		if (into.spaceId() != idea.spaceId()) {
			throw new InvalidInputException("intoId", "LiveMerge into an idea of the same space.");
		}
		if (!idea.status().open() || !into.status().open()) {
			throw new RuleViolationException("idea-closed", "intoId", "Only open ideas are merged.");
		}
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
		recount(intoId);
		String why = reason == null || reason.isBlank() ? "Slått sammen med en lik idé." : reason.strip();
		Instant now = Instant.now();
		record(ideaId, IdeaStatus.MERGED, idea.ownerId(), why, intoId, user.id(), now);
		record(intoId, into.status(), into.ownerId(), why, ideaId, user.id(), now);
	}

	/** Ideas of the space whose titles share words with what is being typed, for duplicates while typing. */
	@Transactional(readOnly = true)
	List<SimilarIdea> similar(Long spaceId, String text) {
		Set<String> words = Words.of(text);
		if (words.isEmpty()) {
			return List.of();
		}
		long space = spaceId == null ? defaultSpace().id() : spaceId;
		List<IdeaRow> rows = jdbc.sql("select * from events_idea where space_id = :space and status <> 'MERGED'")
			.param("space", space)
			.query(Ideas::row)
			.list();
		List<IdeaRow> alike = new ArrayList<>(rows.stream()
			.filter(row -> Words.overlap(words, Words.of(row.title() + " " + row.body())) >= 0.34)
			.toList());
		alike.sort((a, b) -> Double.compare(Words.overlap(words, Words.of(b.title() + " " + b.body())),
				Words.overlap(words, Words.of(a.title() + " " + a.body()))));
		return alike.subList(0, Math.min(5, alike.size()))
			.stream()
			.map(row -> new SimilarIdea(row.id(), row.title(), row.status(), row.votes()))
			.toList();
	}

	private void requireManager(CurrentUser user) {
		if (!canManage(user)) {
			throw new ForbiddenException("Only moderators, leaders and administrators change an idea's status.");
		}
	}

	private Set<Long> votedBy(long userId) {
		return new HashSet<>(jdbc.sql("select idea_id from events_idea_vote where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	private int recount(long ideaId) {
		jdbc.sql("update events_idea set votes = (select count(*) from events_idea_vote where idea_id = :id) where id = :id")
			.param("id", ideaId)
			.update();
		return jdbc.sql("select votes from events_idea where id = :id").param("id", ideaId).query(Integer.class).single();
	}

	IdeaRow get(long ideaId) {
		return jdbc.sql("select * from events_idea where id = :id")
			.param("id", ideaId)
			.query(Ideas::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Idea", ideaId));
	}

	private static IdeaRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IdeaRow(rs.getLong("id"), rs.getLong("space_id"), rs.getString("title"), rs.getString("body"),
				rs.getLong("author_id"), IdeaStatus.valueOf(rs.getString("status")), LiveEvents.nullableLong(rs, "owner_id"),
				LiveEvents.nullableLong(rs, "merged_into"), rs.getInt("votes"), rs.getTimestamp("created_at").toInstant());
	}

}
