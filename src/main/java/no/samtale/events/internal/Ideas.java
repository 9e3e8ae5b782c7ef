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
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The idea box: ideas in a forum space, submitted with duplicates suggested while typing, listed and shown with
 * their history. Votes are {@link IdeaVoting}; status changes and merges {@link IdeaDecisions}.
 */
@Service
class Ideas {

	/** How many open ideas one person may back at a time. */
	static final int OPEN_VOTES = 10;

	/** The demo's and the page's default space. */
	static final String DEFAULT_SPACE = "Hjelpemidler – idéer og innovasjon";

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final Spaces spaces;

	private final Users users;

	private final PersonalDataPolicy privacy;

	private final IdeaFollowers followers;

	private final IdeaComments comments;

	private final IdeaEscalations escalations;

	Ideas(JdbcClient jdbc, IdeaRows rows, Spaces spaces, Users users, PersonalDataPolicy privacy,
			IdeaFollowers followers, IdeaComments comments, IdeaEscalations escalations) {
		this.escalations = escalations;
		this.followers = followers;
		this.comments = comments;
		this.jdbc = jdbc;
		this.rows = rows;
		this.spaces = spaces;
		this.users = users;
		this.privacy = privacy;
	}

	static boolean canManage(CurrentUser user) {
		return user.hasRole(Role.MODERATOR) || user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN);
	}

	/** The space's ideas, most votes first; without a space, the idea box's default space. */
	@Transactional(readOnly = true)
	IdeaList list(Long spaceId, CurrentUser user) {
		SpaceRecord space = spaceId == null ? defaultSpace() : space(spaceId);
		List<IdeaRows.IdeaRow> found = jdbc.sql("select * from events_idea where space_id = :space order by votes desc, id desc")
			.param("space", space.id())
			.query(IdeaRows::row)
			.list();
		Set<Long> voted = rows.votedBy(user.id());
		Map<Long, Person> owners = users.people(found.stream().map(IdeaRows.IdeaRow::ownerId).filter(Objects::nonNull).toList());
		List<IdeaSummary> items = found.stream()
			.map(row -> new IdeaSummary(row.id(), row.title(), row.status(), row.votes(), voted.contains(row.id()),
					row.ownerId() == null ? null : owners.get(row.ownerId()), row.createdAt()))
			.toList();
		return new IdeaList(space.id(), space.name(), OPEN_VOTES - rows.openVotes(user.id()), OPEN_VOTES, canManage(user),
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
		long id = key.getKey().longValue();
		// The author hears of what becomes of their idea.
		followers.add(id, authorId);
		return id;
	}

	@Transactional(readOnly = true)
	IdeaView show(long ideaId, CurrentUser user) {
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		List<IdeaRows.IdeaRow> from = jdbc.sql("select * from events_idea where merged_into = :id order by id")
			.param("id", ideaId)
			.query(IdeaRows::row)
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
		Set<Long> voted = rows.votedBy(user.id());
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
				history, canManage(user), idea.createdAt(), comments.of(ideaId), followers.follows(ideaId, user.id()),
				idea.status() != IdeaStatus.MERGED && escalations.mayLift(idea.spaceId(), user), escalations.of(ideaId));
	}

	/** Ideas of the space whose titles share words with what is being typed, for duplicates while typing. */
	@Transactional(readOnly = true)
	List<SimilarIdea> similar(Long spaceId, String text) {
		Set<String> words = Words.of(text);
		if (words.isEmpty()) {
			return List.of();
		}
		long space = spaceId == null ? defaultSpace().id() : spaceId;
		List<IdeaRows.IdeaRow> found = jdbc.sql("select * from events_idea where space_id = :space and status <> 'MERGED'")
			.param("space", space)
			.query(IdeaRows::row)
			.list();
		List<IdeaRows.IdeaRow> alike = new ArrayList<>(found.stream()
			.filter(row -> Words.overlap(words, Words.of(row.title() + " " + row.body())) >= 0.34)
			.toList());
		alike.sort((a, b) -> Double.compare(Words.overlap(words, Words.of(b.title() + " " + b.body())),
				Words.overlap(words, Words.of(a.title() + " " + a.body()))));
		return alike.subList(0, Math.min(5, alike.size()))
			.stream()
			.map(row -> new SimilarIdea(row.id(), row.title(), row.status(), row.votes()))
			.toList();
	}

}
