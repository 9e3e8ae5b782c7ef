package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.IdeaViews.IdeaComment;
import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Comments on an idea, by name, oldest first. A merged idea takes no more comments (the talk goes on where it went);
 * a closed one still does, since people discuss a decision. Commenting follows the idea.
 */
@Service
class IdeaComments {

	/** The longest comment, as the column holds it. */
	static final int MAX_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final IdeaFollowers followers;

	private final Users users;

	private final PersonalDataPolicy privacy;

	IdeaComments(JdbcClient jdbc, IdeaRows rows, IdeaFollowers followers, Users users, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.followers = followers;
		this.users = users;
		this.privacy = privacy;
	}

	@Transactional
	long comment(long ideaId, String body, CurrentUser user) {
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "A comment needs some text.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("body", "A comment is at most " + MAX_LENGTH + " characters.");
		}
		privacy.refuseIdentityNumbers("body", text);
		if (idea.status() == IdeaStatus.MERGED) {
			throw new RuleViolationException("idea-closed", "ideaId",
					"The idea was merged into another; comment on that one.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into events_idea_comment (idea_id, author_id, body, created_at) values (:idea, :by, :body, :now)")
			.param("idea", ideaId)
			.param("by", user.id())
			.param("body", text)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		followers.add(ideaId, user.id());
		return key.getKey().longValue();
	}

	List<IdeaComment> of(long ideaId) {
		record Row(long id, long authorId, String body, Instant at) {
		}
		List<Row> found = jdbc.sql("select * from events_idea_comment where idea_id = :idea order by id")
			.param("idea", ideaId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		Map<Long, Person> people = users.people(found.stream().map(Row::authorId).distinct().toList());
		return found.stream().map(row -> new IdeaComment(row.id(), people.get(row.authorId()), row.body(), row.at())).toList();
	}

}
