package no.samtale.publishing.internal.blog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.samtale.platform.DuplicateSafeInsert;

/** Readers' comments under the articles and the team's approved answers to them. */
@Repository
class BlogCommentStore {

	/** A comment as the page shows it, with its answers in the order they were published. */
	record AnsweredComment(long id, String authorName, String body, Instant receivedAt, List<Answer> answers) {
	}

	record Answer(String body, String signature, Instant publishedAt) {
	}

	record StoredComment(long id, long postId, boolean shown) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	BlogCommentStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** Stores the comment once per external id; answers whether this call stored it. */
	boolean insert(long postId, String externalId, String authorName, String body, Instant now) {
		return inserts.insert("""
				insert into publishing_blog_comment (post_id, external_id, author_name, body, shown, received_at)
				values (:post, :externalId, :authorName, :body, true, :now)
				""", "external_id", sql -> jdbc.sql(sql)
			.param("post", postId).param("externalId", externalId).param("authorName", authorName)
			.param("body", body).param("now", Timestamp.from(now))
			.update()) == 1;
	}

	void inbound(String externalId, long inboundId) {
		jdbc.sql("update publishing_blog_comment set inbound_id = :inbound where external_id = :externalId")
			.param("inbound", inboundId).param("externalId", externalId).update();
	}

	Optional<StoredComment> byExternalId(String externalId) {
		return jdbc.sql("select id, post_id, shown from publishing_blog_comment where external_id = :externalId")
			.param("externalId", externalId)
			.query((rs, n) -> new StoredComment(rs.getLong("id"), rs.getLong("post_id"), rs.getBoolean("shown")))
			.optional();
	}

	/** Hidden or removed in the inbox: the comment and its answers leave the page (or come back). */
	void shown(String externalId, boolean shown) {
		jdbc.sql("update publishing_blog_comment set shown = :shown where external_id = :externalId")
			.param("shown", shown).param("externalId", externalId).update();
	}

	/** Publishes an answer once per idempotency key; answers the answer's id, new or earlier. */
	long answer(long commentId, String idempotencyKey, String body, String signature, Instant now) {
		inserts.insert("""
				insert into publishing_blog_reply (comment_id, idempotency_key, body, signature, published_at)
				values (:comment, :key, :body, :signature, :now)
				""", "idempotency_key", sql -> jdbc.sql(sql)
			.param("comment", commentId).param("key", idempotencyKey).param("body", body)
			.param("signature", signature).param("now", Timestamp.from(now))
			.update());
		return jdbc.sql("select id from publishing_blog_reply where idempotency_key = :key")
			.param("key", idempotencyKey).query(Long.class).single();
	}

	/** The shown comments of a post that have an answer, oldest first: what readers see under the article. */
	List<AnsweredComment> answered(long postId) {
		Map<Long, AnsweredComment> comments = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.author_name, c.body as comment_body, c.received_at, r.body as answer_body, r.signature,
				    r.published_at
				from publishing_blog_comment c
				join publishing_blog_reply r on r.comment_id = c.id
				where c.post_id = :post and c.shown = true
				order by c.received_at, c.id, r.published_at, r.id
				""").param("post", postId).query((RowCallbackHandler) rs -> {
			long id = rs.getLong("id");
			if (!comments.containsKey(id)) {
				comments.put(id, new AnsweredComment(id, rs.getString("author_name"), rs.getString("comment_body"),
						rs.getTimestamp("received_at").toInstant(), new ArrayList<>()));
			}
			comments.get(id).answers().add(new Answer(rs.getString("answer_body"), rs.getString("signature"),
					rs.getTimestamp("published_at").toInstant()));
		});
		return List.copyOf(comments.values());
	}

}
