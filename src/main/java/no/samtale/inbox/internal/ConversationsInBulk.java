package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Inbound;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;
import no.samtale.platform.ProbedKeys;

/**
 * The statements of {@link ThreadingInBulk}: reads that answer for a whole batch at once, and batched inserts of
 * new conversations, their first messages and their log entries. Plain inserts: a row that exists already (another
 * node threading the same message) makes the key refuse the batch, and the caller threads one at a time instead.
 */
@Component
class ConversationsInBulk {

	/** A conversation to open with its first message, in the state threading that message leaves it in. */
	record Opening(Inbound first, long teamId) {

		String key() {
			return key(first.accountId(), first.kind(), first.threadExternalId());
		}

		static String key(long accountId, Visibility kind, String thread) {
			return accountId + "/" + kind.name() + "/" + thread;
		}

	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ConversationsInBulk(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Which of these inbound messages are in a conversation already (threaded before a crash, say). */
	Set<Long> threaded(Collection<Long> inboundIds) {
		Set<Long> threaded = new HashSet<>();
		jdbc.sql("""
				select v.inbound_id, (select true from inbox_message m where m.inbound_id = v.inbound_id) as threaded
				from (values :ids) v(inbound_id)
				""")
			.param("ids", ProbedKeys.of(inboundIds))
			.query(rs -> {
				if (rs.getBoolean("threaded")) {
					threaded.add(rs.getLong("inbound_id"));
				}
			});
		return threaded;
	}

	/** Which of these threads of one account and kind have a conversation already, by {@link Opening#key}. */
	Set<String> existing(long accountId, Visibility kind, Collection<String> threads) {
		Set<String> keys = new HashSet<>();
		idsOf(accountId, kind, threads).forEach((thread, id) -> keys.add(Opening.key(accountId, kind, thread)));
		return keys;
	}

	/**
	 * Opens the conversations as threading their first message leaves them (NEW, one message, waiting since now, the
	 * message's time as the last activity), with that message and a RECEIVED log entry; answers their ids by key.
	 */
	Map<String, Long> open(List<Opening> openings) {
		Timestamp now = Timestamp.from(Instant.now());
		batch.batchUpdate("""
				insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject,
				    correspondent_name, correspondent_external_id, context_external_id, context_body, message_count,
				    opened_at, waiting_since, last_inbound_at, last_activity_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
				""", openings, openings.size(), (statement, opening) -> {
			Inbound first = opening.first();
			Timestamp received = Timestamp.from(first.receivedAt());
			statement.setLong(1, first.accountId());
			statement.setLong(2, opening.teamId());
			statement.setString(3, first.kind().name());
			statement.setString(4, first.threadExternalId());
			statement.setString(5, ConversationStatus.NEW.name());
			statement.setObject(6, ConversationStore.subjectOf(first.body()), Types.VARCHAR);
			statement.setString(7, first.authorName());
			statement.setString(8, first.authorExternalId());
			statement.setString(9, first.contextExternalId());
			statement.setString(10, first.contextBody());
			statement.setTimestamp(11, now);
			statement.setTimestamp(12, now);
			statement.setTimestamp(13, received);
			statement.setTimestamp(14, received);
		});
		Map<String, Long> ids = idsOf(openings);
		batch.batchUpdate("""
				insert into inbox_message (conversation_id, inbound_id, direction, visibility, author_name, external_id,
				    body, created_at)
				values (?, ?, 'IN', ?, ?, ?, ?, ?)
				""", openings, openings.size(), (statement, opening) -> {
			Inbound first = opening.first();
			statement.setLong(1, ids.get(opening.key()));
			statement.setLong(2, first.id());
			statement.setString(3, first.kind().name());
			statement.setString(4, first.authorName());
			statement.setString(5, first.externalId());
			statement.setString(6, first.body());
			statement.setTimestamp(7, Timestamp.from(first.receivedAt()));
		});
		batch.batchUpdate("""
				insert into inbox_audit (conversation_id, action, visibility, acted_at) values (?, ?, ?, ?)
				""", openings, openings.size(), (statement, opening) -> {
			statement.setLong(1, ids.get(opening.key()));
			statement.setString(2, AuditAction.RECEIVED.name());
			statement.setString(3, opening.first().kind().name());
			statement.setTimestamp(4, now);
		});
		return ids;
	}

	private Map<String, Long> idsOf(List<Opening> openings) {
		Map<String, List<String>> threads = new HashMap<>();
		Map<String, Opening> anyOf = new HashMap<>();
		for (Opening opening : openings) {
			String group = opening.first().accountId() + "/" + opening.first().kind().name();
			threads.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(opening.first().threadExternalId());
			anyOf.putIfAbsent(group, opening);
		}
		Map<String, Long> ids = new HashMap<>();
		threads.forEach((group, keys) -> {
			Inbound sample = anyOf.get(group).first();
			idsOf(sample.accountId(), sample.kind(), keys)
				.forEach((thread, id) -> ids.put(Opening.key(sample.accountId(), sample.kind(), thread), id));
		});
		return ids;
	}

	/** The conversations of these threads of one account and kind that exist, by thread; one probe per thread. */
	private Map<String, Long> idsOf(long accountId, Visibility kind, Collection<String> threads) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				select v.thread_key, (select c.id from inbox_conversation c
				                      where c.account_id = :account and c.kind = :kind and c.thread_key = v.thread_key) as id
				from (values :threads) v(thread_key)
				""")
			.param("account", accountId)
			.param("kind", kind.name())
			.param("threads", ProbedKeys.of(threads))
			.query(rs -> {
				long id = rs.getLong("id");
				if (!rs.wasNull()) {
					ids.put(rs.getString("thread_key"), id);
				}
			});
		return ids;
	}

}
