package no.samtale.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.internal.MarkdownRenderer;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/** Posting, editing, removing and reacting to messages, and reading them back. */
@Service
public class Messages {

	public static final int MAX_BODY = 20_000;

	private final JdbcClient jdbc;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	private final Attachments attachments;

	Messages(JdbcClient jdbc, MarkdownRenderer markdown, ApplicationEventPublisher events, Attachments attachments) {
		this.jdbc = jdbc;
		this.markdown = markdown;
		this.events = events;
		this.attachments = attachments;
	}

	/**
	 * Adds a message. A public reply by someone other than the asker marks an open question answered; the
	 * discussion's activity and count follow in the same transaction, so lists never disagree with the thread.
	 */
	@Transactional
	public long post(long discussionId, long authorId, MessageKind kind, String body, List<Long> attachmentIds,
			Instant at) {
		String text = requireBody(body);
		DiscussionRecord discussion = jdbc.sql("select * from dialogue_discussion where id = :id for update")
			.param("id", discussionId)
			.query(Discussions::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Discussion", discussionId));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into dialogue_message (discussion_id, author_id, kind, body, body_html, created_at)
				values (:discussion, :author, :kind, :body, :html, :at)
				""")
			.param("discussion", discussionId)
			.param("author", authorId)
			.param("kind", kind.name())
			.param("body", text)
			.param("html", markdown.toHtml(text))
			.param("at", Timestamp.from(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		attachments.attach(id, authorId, attachmentIds == null ? List.of() : attachmentIds);
		if (kind == MessageKind.POST) {
			jdbc.sql("""
					update dialogue_discussion set message_count = message_count + 1, last_activity_at = :at where id = :id
					""").param("at", Timestamp.from(at)).param("id", discussionId).update();
			DiscussionStatus next = DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(discussion.status(),
					authorId == discussion.authorId());
			if (next != discussion.status()) {
				// The row is locked above, so the guard holds; it keeps a status from moving from one it was not in.
				jdbc.sql("update dialogue_discussion set status = :next where id = :id and status = :expected")
					.param("next", next.name())
					.param("expected", discussion.status().name())
					.param("id", discussionId)
					.update();
			}
			jdbc.sql("""
					update dialogue_space
					set message_count = message_count + 1,
					    last_activity_at = case when last_activity_at is null or last_activity_at < :at then :at
					                            else last_activity_at end
					where id = :space
					""").param("at", Timestamp.from(at)).param("space", discussion.spaceId()).update();
		}
		events.publishEvent(new MessagePosted(id, discussionId, discussion.spaceId(), authorId, kind));
		return id;
	}

	/** Changes the text of a message, keeping the earlier wording in its history. */
	@Transactional
	public void edit(long messageId, long editorId, String body) {
		String text = requireBody(body);
		MessageRecord message = get(messageId, editorId);
		if (message.removed()) {
			throw new InvalidInputException("body", "A removed message cannot be edited");
		}
		jdbc.sql("""
				insert into dialogue_message_revision (message_id, body, edited_at, edited_by)
				select id, body, :now, :editor from dialogue_message where id = :id
				""").param("now", Timestamp.from(Instant.now())).param("editor", editorId).param("id", messageId).update();
		jdbc.sql("update dialogue_message set body = :body, body_html = :html, edited_at = :now where id = :id")
			.param("body", text)
			.param("html", markdown.toHtml(text))
			.param("now", Timestamp.from(Instant.now()))
			.param("id", messageId)
			.update();
		events.publishEvent(new MessageEdited(messageId, message.discussionId()));
	}

	public List<RevisionRecord> revisions(long messageId) {
		return jdbc.sql("""
				select body, edited_at, edited_by from dialogue_message_revision
				where message_id = :id order by edited_at, id
				""")
			.param("id", messageId)
			.query((rs, row) -> new RevisionRecord(rs.getString("body"), rs.getTimestamp("edited_at").toInstant(),
					rs.getLong("edited_by")))
			.list();
	}

	/** Takes a message out of sight for a reason; its text stays in the revision history for the audit. */
	@Transactional
	public void remove(long messageId, long moderatorId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the message is removed");
		}
		int removed = jdbc.sql("""
				update dialogue_message set removed_at = :now, removed_by = :moderator, removal_reason = :reason
				where id = :id and removed_at is null
				""")
			.param("now", Timestamp.from(Instant.now()))
			.param("moderator", moderatorId)
			.param("reason", reason.trim())
			.param("id", messageId)
			.update();
		if (removed == 1) {
			jdbc.sql("select discussion_id from dialogue_message where id = :id")
				.param("id", messageId)
				.query(Long.class)
				.optional()
				.ifPresent(discussionId -> events.publishEvent(new MessageRemoved(messageId, discussionId)));
		}
	}

	@Transactional
	public void react(long messageId, long userId, ReactionKind kind, boolean on) {
		if (on) {
			try {
				jdbc.sql("""
						insert into dialogue_reaction (message_id, user_id, kind, created_at)
						select :message, :user, :kind, :now
						where not exists (select 1 from dialogue_reaction where message_id = :message and user_id = :user and kind = :kind)
						""")
					.param("message", messageId)
					.param("user", userId)
					.param("kind", kind.name())
					.param("now", Timestamp.from(Instant.now()))
					.update();
			}
			catch (DuplicateKeyException alreadyThere) {
				// The same reaction raced in twice; one is what was asked for.
			}
		}
		else {
			jdbc.sql("delete from dialogue_reaction where message_id = :message and user_id = :user and kind = :kind")
				.param("message", messageId)
				.param("user", userId)
				.param("kind", kind.name())
				.update();
		}
	}

	public Optional<MessageRecord> find(long messageId, long readerId) {
		return jdbc.sql("select * from dialogue_message where id = :id")
			.param("id", messageId)
			.query(Messages::row)
			.optional()
			.map(message -> withDetails(List.of(message), readerId).get(0));
	}

	public MessageRecord get(long messageId, long readerId) {
		return find(messageId, readerId).orElseThrow(() -> new NotFoundException("Message", messageId));
	}

	/** Whether this message opened its discussion (its first public post, the question itself). */
	public boolean opensItsDiscussion(long messageId, long discussionId) {
		return jdbc.sql("""
				select min(id) from dialogue_message where discussion_id = :discussion and kind = 'POST'
				""").param("discussion", discussionId).query(Long.class).optional().filter(first -> first == messageId)
			.isPresent();
	}

	/**
	 * The messages of one kind in a discussion, oldest first, with reactions and attachments. The messages' query says
	 * which have any, so a thread without them (most are) costs one query, not three.
	 */
	public List<MessageRecord> inDiscussion(long discussionId, MessageKind kind, long readerId) {
		Set<Long> reacted = new HashSet<>();
		Set<Long> attached = new HashSet<>();
		List<MessageRecord> messages = jdbc.sql("""
				select m.*,
				       exists (select 1 from dialogue_reaction r where r.message_id = m.id) as has_reactions,
				       exists (select 1 from dialogue_attachment a where a.message_id = m.id) as has_attachments
				from dialogue_message m where m.discussion_id = :discussion and m.kind = :kind
				order by m.created_at, m.id
				""").param("discussion", discussionId).param("kind", kind.name()).query((rs, row) -> {
			MessageRecord message = row(rs, row);
			if (rs.getBoolean("has_reactions")) {
				reacted.add(message.id());
			}
			if (rs.getBoolean("has_attachments")) {
				attached.add(message.id());
			}
			return message;
		}).list();
		return withDetails(messages, readerId, reacted, attached);
	}

	private List<MessageRecord> withDetails(List<MessageRecord> messages, long readerId) {
		List<Long> ids = messages.stream().map(MessageRecord::id).toList();
		return withDetails(messages, readerId, ids, ids);
	}

	/** {@code reacted} and {@code attached}: the messages that may have reactions and attachments (only they are read). */
	private List<MessageRecord> withDetails(List<MessageRecord> messages, long readerId, Collection<Long> reacted,
			Collection<Long> attached) {
		if (messages.isEmpty()) {
			return messages;
		}
		Map<Long, Map<ReactionKind, Integer>> counts = new HashMap<>();
		Map<Long, Set<ReactionKind>> mine = new HashMap<>();
		if (!reacted.isEmpty()) {
			reactions(reacted, readerId, counts, mine);
		}
		Map<Long, List<AttachmentRecord>> files = attached.isEmpty() ? Map.of() : attachments.ofMessages(attached);
		List<MessageRecord> detailed = new ArrayList<>(messages.size());
		for (MessageRecord m : messages) {
			detailed.add(new MessageRecord(m.id(), m.discussionId(), m.authorId(), m.kind(), m.body(), m.html(),
					m.createdAt(), m.editedAt(), m.removed(), m.removalReason(), counts.getOrDefault(m.id(), Map.of()),
					mine.getOrDefault(m.id(), Set.of()), m.removed() ? List.of() : files.getOrDefault(m.id(), List.of())));
		}
		return detailed;
	}

	private void reactions(Collection<Long> ids, long readerId, Map<Long, Map<ReactionKind, Integer>> counts,
			Map<Long, Set<ReactionKind>> mine) {
		jdbc.sql("""
				select message_id, kind, count(*) as n, sum(case when user_id = :reader then 1 else 0 end) as mine
				from dialogue_reaction where message_id in (:ids) group by message_id, kind
				""").param("ids", ids).param("reader", readerId).query((rs, row) -> {
			ReactionKind kind = ReactionKind.valueOf(rs.getString("kind"));
			counts.computeIfAbsent(rs.getLong("message_id"), key -> new EnumMap<>(ReactionKind.class))
				.put(kind, rs.getInt("n"));
			if (rs.getInt("mine") > 0) {
				mine.computeIfAbsent(rs.getLong("message_id"), key -> EnumSet.noneOf(ReactionKind.class)).add(kind);
			}
			return kind;
		}).list();
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "The text must not be empty");
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "The text must be at most " + MAX_BODY + " characters");
		}
		return body.strip();
	}

	private static MessageRecord row(ResultSet rs, int row) throws SQLException {
		boolean removed = rs.getTimestamp("removed_at") != null;
		Timestamp edited = rs.getTimestamp("edited_at");
		return new MessageRecord(rs.getLong("id"), rs.getLong("discussion_id"), rs.getLong("author_id"),
				MessageKind.valueOf(rs.getString("kind")), removed ? "" : rs.getString("body"),
				removed ? "" : rs.getString("body_html"), rs.getTimestamp("created_at").toInstant(),
				edited == null ? null : edited.toInstant(), removed, rs.getString("removal_reason"), Map.of(), Set.of(),
				List.of());
	}

}
