package no.samtale.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Starting, finding and following discussions; their views are counted by {@link DiscussionViews}. */
@Service
public class Discussions {

	private final JdbcClient jdbc;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final DuplicateSafeInsert duplicates;

	Discussions(JdbcClient jdbc, Messages messages, ApplicationEventPublisher events, DuplicateSafeInsert duplicates) {
		this.jdbc = jdbc;
		this.duplicates = duplicates;
		this.messages = messages;
		this.events = events;
	}

	/** A new discussion whose first message is its body; the author follows it from the start. */
	@Transactional
	public long start(long spaceId, long authorId, String title, String body, boolean question, List<Long> attachmentIds,
			Instant at) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "The title must not be empty");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into dialogue_discussion (space_id, title, author_id, question, status, created_at, last_activity_at)
				values (:space, :title, :author, :question, :status, :at, :at)
				""")
			.param("space", spaceId)
			.param("title", title.trim())
			.param("author", authorId)
			.param("question", question)
			.param("status", name(DiscussionFlow.aQuestionStartsOpenAndOtherDiscussionsHaveNoStatus(question)))
			.param("at", Timestamp.from(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		jdbc.sql("update dialogue_space set discussion_count = discussion_count + 1 where id = :space")
			.param("space", spaceId)
			.update();
		long opening = messages.post(id, authorId, MessageKind.POST, body, attachmentIds, at);
		follow(id, authorId);
		events.publishEvent(new DiscussionStarted(id, spaceId, authorId, opening, question));
		return id;
	}

	public Optional<DiscussionRecord> find(long discussionId) {
		return jdbc.sql("select * from dialogue_discussion where id = :id")
			.param("id", discussionId)
			.query(Discussions::row)
			.optional();
	}

	public DiscussionRecord get(long discussionId) {
		return find(discussionId).orElseThrow(() -> new NotFoundException("Discussion", discussionId));
	}

	/** A discussion and whether a reader follows it. */
	public record ForReader(DiscussionRecord discussion, boolean following) {
	}

	/** The discussion and whether {@code userId} follows it, in one query: the discussion page asks both. */
	public ForReader getForReader(long discussionId, long userId) {
		return jdbc.sql("""
				select d.*, exists (select 1 from dialogue_follow f where f.discussion_id = d.id and f.user_id = :user)
				       as reader_follows
				from dialogue_discussion d where d.id = :id
				""")
			.param("id", discussionId)
			.param("user", userId)
			.query((rs, row) -> new ForReader(row(rs, row), rs.getBoolean("reader_follows")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Discussion", discussionId));
	}

	/** The discussions of a space, latest activity first, optionally only questions or one status. */
	public PageResponse<DiscussionRecord> inSpace(long spaceId, DiscussionStatus status, Boolean question,
			PageQuery page) {
		String where = """
				where space_id = :space
				  and (cast(:status as varchar(20)) is null or status = :status)
				  and (cast(:question as boolean) is null or question = :question)
				""";
		String status_ = status == null ? null : status.name();
		long total = status == null && question == null
				? jdbc.sql("select discussion_count from dialogue_space where id = :space").param("space", spaceId)
					.query(Long.class).optional().orElse(0L)
				: jdbc.sql("select count(*) from dialogue_discussion " + where)
					.param("space", spaceId)
					.param("status", status_)
					.param("question", question)
					.query(Long.class)
					.single();
		List<DiscussionRecord> items = jdbc
			.sql("select * from dialogue_discussion " + where
					+ " order by last_activity_at desc, id desc limit :limit offset :offset")
			.param("space", spaceId)
			.param("status", status_)
			.param("question", question)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Discussions::row)
			.list();
		return PageResponse.of(items, page, total);
	}

	/** Marks one message as the quality-assured answer, or none when {@code messageId} is null. */
	@Transactional
	public void verify(long discussionId, Long messageId) {
		// Locked, so a reply in between cannot change the status this computes from.
		DiscussionRecord discussion = jdbc.sql("select * from dialogue_discussion where id = :id for update")
			.param("id", discussionId)
			.query(Discussions::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Discussion", discussionId));
		DiscussionStatus next = messageId != null ? DiscussionFlow.aVerifiedAnswerMakesTheDiscussionVerified()
				: DiscussionFlow.withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied(discussion.question(),
						discussion.messageCount());
		int changed = jdbc.sql("""
				update dialogue_discussion set verified_message_id = :message, status = :next
				where id = :id and (status = :expected or (status is null and cast(:expected as varchar(20)) is null))
				""")
			.param("message", messageId)
			.param("next", name(next))
			.param("expected", name(discussion.status()))
			.param("id", discussionId)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Discussion " + discussionId + " changed status meanwhile");
		}
		events.publishEvent(new DiscussionVerified(discussionId, messageId));
	}

	/**
	 * Follows inside the caller's transaction (a reply follows with it), so a lost race must not abort it: on
	 * PostgreSQL the insert skips a row that is already there.
	 */
	public void follow(long discussionId, long userId) {
		try {
			jdbc.sql(duplicates.forBatch("""
					insert into dialogue_follow (discussion_id, user_id, created_at)
					select :discussion, :user, :now
					where not exists (select 1 from dialogue_follow where discussion_id = :discussion and user_id = :user)
					""", "discussion_id, user_id"))
				.param("discussion", discussionId)
				.param("user", userId)
				.param("now", Timestamp.from(Instant.now()))
				.update();
		}
		catch (DuplicateKeyException alreadyFollowing) {
			// Two requests raced to follow on H2 (which leaves the transaction usable); one row is what we wanted.
		}
	}

	@Transactional
	public void unfollow(long discussionId, long userId) {
		jdbc.sql("delete from dialogue_follow where discussion_id = :discussion and user_id = :user")
			.param("discussion", discussionId)
			.param("user", userId)
			.update();
	}

	public boolean follows(long discussionId, long userId) {
		return jdbc.sql("select count(*) from dialogue_follow where discussion_id = :discussion and user_id = :user")
			.param("discussion", discussionId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Long> followers(long discussionId) {
		return jdbc.sql("select user_id from dialogue_follow where discussion_id = :discussion")
			.param("discussion", discussionId)
			.query(Long.class)
			.list();
	}

	static String name(DiscussionStatus status) {
		return status == null ? null : status.name();
	}

	static DiscussionRecord row(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		long verified = rs.getLong("verified_message_id");
		Long verifiedId = rs.wasNull() ? null : verified;
		return new DiscussionRecord(rs.getLong("id"), rs.getLong("space_id"), rs.getString("title"),
				rs.getLong("author_id"), rs.getBoolean("question"), status == null ? null : DiscussionStatus.valueOf(status),
				verifiedId, rs.getInt("message_count"), rs.getInt("view_count"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_activity_at").toInstant());
	}

	/** Discussions whose last activity is before the cutoff, oldest first. */
	public List<Long> inactiveSince(Instant cutoff, int limit) {
		return jdbc.sql("select id from dialogue_discussion where last_activity_at < :cutoff order by id limit :limit")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	public int countInactiveSince(Instant cutoff) {
		return jdbc.sql("select count(*) from dialogue_discussion where last_activity_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.query(Integer.class)
			.single();
	}

	/**
	 * Deletes a discussion with its messages, their history, reactions and attachments, its followers and views,
	 * and keeps the space's counters right. Callers remove their own rows that refer to it first.
	 */
	@Transactional
	public void delete(long discussionId, Attachments attachments) {
		DiscussionRecord discussion = get(discussionId);
		List<Long> messageIds = jdbc.sql("select id from dialogue_message where discussion_id = :id")
			.param("id", discussionId)
			.query(Long.class)
			.list();
		if (!messageIds.isEmpty()) {
			attachments.deleteOfMessages(messageIds);
			jdbc.sql("delete from dialogue_message_revision where message_id in (:ids)").param("ids", messageIds).update();
			jdbc.sql("delete from dialogue_reaction where message_id in (:ids)").param("ids", messageIds).update();
		}
		for (String table : List.of("dialogue_follow", "dialogue_view", "dialogue_message")) {
			jdbc.sql("delete from " + table + " where discussion_id = :id").param("id", discussionId).update();
		}
		jdbc.sql("delete from dialogue_discussion where id = :id").param("id", discussionId).update();
		jdbc.sql("update dialogue_space set discussion_count = discussion_count - 1, message_count = message_count - :n "
				+ "where id = :space")
			.param("n", messageIds.size())
			.param("space", discussion.spaceId())
			.update();
		events.publishEvent(new DiscussionDeleted(discussionId, discussion.spaceId()));
	}

}
