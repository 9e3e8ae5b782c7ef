package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PostComments.Comment;
import no.samtale.inbox.PostComments.CommentThread;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The public threads under one post with their public messages, read for someone who does not work the inbox (an
 * editor of the post's account): only what anyone on the platform could read, with personal data masked as the
 * inbox page masks it, and nothing of the inbox's own work (notes, drafts, assignees, private replies).
 */
@Component
class PostCommentThreads {

	private final JdbcClient jdbc;

	private final PersonalDataPolicy privacy;

	PostCommentThreads(JdbcClient jdbc, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.privacy = privacy;
	}

	@Transactional(readOnly = true)
	List<CommentThread> of(PlatformPost post) {
		Map<Long, ConversationStatus> statuses = new LinkedHashMap<>();
		jdbc.sql("""
				select id, status from inbox_conversation
				where account_id = :account and context_external_id = :context and kind = 'PUBLIC'
				order by opened_at, id
				""")
			.param("account", post.accountId())
			.param("context", post.externalId())
			.query((rs, n) -> statuses.put(rs.getLong("id"), ConversationStatus.valueOf(rs.getString("status"))))
			.list();
		if (statuses.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Comment>> comments = new LinkedHashMap<>();
		jdbc.sql("""
				select * from inbox_message
				where conversation_id in (:ids) and visibility = 'PUBLIC'
				order by conversation_id, created_at, id
				""")
			.param("ids", List.copyOf(statuses.keySet()))
			.query((rs, n) -> comments.computeIfAbsent(rs.getLong("conversation_id"), id -> new ArrayList<>())
				.add(comment(rs.getLong("id"), "OUT".equals(rs.getString("direction")), rs.getString("author_name"),
						rs.getString("body"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("hidden_on_platform"),
						rs.getBoolean("removed_on_platform"))))
			.list();
		return statuses.entrySet()
			.stream()
			.map(entry -> new CommentThread(entry.getKey(), entry.getValue(), comments.getOrDefault(entry.getKey(), List.of())))
			.toList();
	}

	private Comment comment(long id, boolean fromAgency, String authorName, String body, java.time.Instant at,
			boolean hidden, boolean removed) {
		boolean found = body != null && !privacy.findings(body).isEmpty();
		return new Comment(id, fromAgency, authorName == null ? null : privacy.masked(authorName),
				found ? privacy.masked(body) : body, at, found, hidden, removed);
	}

}
