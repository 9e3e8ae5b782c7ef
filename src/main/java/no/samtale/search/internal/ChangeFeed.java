package no.samtale.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.platform.ClusterSignals;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable, ordered feed of index changes in the database ({@code search_change}) and each node's place in it
 * ({@code search_node}). A change is written in a short transaction of its own (the document's and the counter's
 * row locks are held only that long) and announced to every node by a cluster signal once committed.
 */
@Component
class ChangeFeed {

	static final String SIGNAL = "search";

	/** Attempts of {@link #record} to find or add a document's row; two suffice unless a prune races it. */
	private static final int MAX_ATTEMPTS = 5;

	/** One change as read back: the document, or null when it was removed. */
	record Change(SearchSource source, long id, long seq, @Nullable IndexableDocument document) {
	}

	/** A node's place in the feed, for the admin page. */
	record NodeLag(String node, long cursor, long changesBehind, long secondsBehind, Instant seenAt,
			@Nullable Instant rebuiltAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ClusterSignals signals;

	private final TransactionTemplate own;

	ChangeFeed(JdbcClient jdbc, JsonMapper json, ClusterSignals signals, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.signals = signals;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Locks the document's row, reads its current text with {@code current} (which may also apply it to this node's
	 * index), and records it under the next number; tells every node once committed. Returns the number.
	 */
	long record(SearchSource source, long id, Supplier<@Nullable IndexableDocument> current) {
		// Twice, at most, in practice: the row exists after addRow, unless the prune removed it in between (as it may
		// any row whose number every node has read).
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			Long seq = own.execute(status -> recordIfKnown(source, id, current));
			if (seq != null) {
				return seq;
			}
			addRow(source, id);
		}
		throw new IllegalStateException("The search change feed has no row for " + source + " " + id + " after "
				+ MAX_ATTEMPTS + " attempts");
	}

	/**
	 * A document the feed does not have yet gets its row (number 0, which no follower reads) in a transaction of its
	 * own, committed at once, so that the writers who lock it next wait on a committed row. Inserted inside the
	 * recording transaction instead, the row stayed uncommitted while the document was read and indexed, and a
	 * second writer of the same new document met it in its own insert: PostgreSQL waits there, but H2 retries such
	 * an insert at once and without pause until the lock clears, and four event listeners reindexing one new
	 * discussion threw 280,000 exceptions in a demo start (JFR, 6 Dec). A writer adding the same row meanwhile is
	 * no fault: the row is there either way.
	 */
	private void addRow(SearchSource source, long id) {
		try {
			// The counter's one row is only the select's source: one row to insert, or none when it is there.
			own.executeWithoutResult(status -> jdbc.sql("""
					insert into search_change (source, doc_id, seq, changed_at)
					select :source, :id, 0, :now from search_feed_counter
					where id = 1 and not exists (select 1 from search_change where source = :source and doc_id = :id)
					""")
				.param("source", source.name()).param("id", id).param("now", Timestamp.from(Instant.now())).update());
		}
		catch (DuplicateKeyException e) {
			// Another writer added it between the look and the insert.
		}
	}

	/** The recording itself, or null (nothing written) when the document has no row yet. */
	private @Nullable Long recordIfKnown(SearchSource source, long id, Supplier<@Nullable IndexableDocument> current) {
		// The document's row lock first, held to commit: a second writer of the same document reads its text only
		// after this one committed, so the higher number always carries the newer text. Always the document's row
		// before the counter's: in the other order two writers deadlock.
		Timestamp now = Timestamp.from(Instant.now());
		if (jdbc.sql("update search_change set changed_at = :now where source = :source and doc_id = :id")
			.param("now", now).param("source", source.name()).param("id", id).update() == 0) {
			return null;
		}
		IndexableDocument document = current.get();
		// Then the counter's row lock, also held to commit: numbers commit in the order they are given.
		jdbc.sql("update search_feed_counter set last_seq = last_seq + 1 where id = 1").update();
		long seq = lastSeq();
		jdbc.sql("update search_change set seq = :seq, document = :document where source = :source and doc_id = :id")
			.param("seq", seq).param("document", document == null ? null : json.writeValueAsString(document))
			.param("source", source.name()).param("id", id).update();
		signals.send(SIGNAL, Long.toString(seq));
		return seq;
	}

	long lastSeq() {
		return jdbc.sql("select last_seq from search_feed_counter where id = 1").query(Long.class).single();
	}

	List<Change> after(long cursor, int max) {
		return jdbc.sql("select source, doc_id, seq, document from search_change where seq > :cursor order by seq limit :max")
			.param("cursor", cursor)
			.param("max", max)
			.query((rs, n) -> {
				String text = rs.getString("document");
				return new Change(SearchSource.valueOf(rs.getString("source")), rs.getLong("doc_id"), rs.getLong("seq"),
						text == null ? null : json.readValue(text, IndexableDocument.class));
			})
			.list();
	}

	/** This node's place, or null when it has none (new, or forgotten while away): then it rebuilds. */
	@Nullable Long cursor(String node) {
		return jdbc.sql("select cursor_seq from search_node where node_id = :node")
			.param("node", node)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** Moves this node's place on; false when the node was forgotten meanwhile. */
	boolean advance(String node, long cursor) {
		return jdbc.sql("update search_node set cursor_seq = :cursor, seen_at = :now where node_id = :node")
			.param("cursor", cursor)
			.param("now", Timestamp.from(Instant.now()))
			.param("node", node)
			.update() == 1;
	}

	/** Sets this node's place at the start of a rebuild, so no change after it is pruned before the node reads it. */
	void rebuilding(String node, long cursor) {
		Timestamp now = Timestamp.from(Instant.now());
		own.executeWithoutResult(status -> {
			int updated = jdbc.sql("""
					update search_node set cursor_seq = :cursor, seen_at = :now, rebuilt_at = :now where node_id = :node
					""").param("cursor", cursor).param("now", now).param("node", node).update();
			if (updated == 0) {
				jdbc.sql("""
						insert into search_node (node_id, cursor_seq, seen_at, rebuilt_at) values (:node, :cursor, :now, :now)
						""").param("node", node).param("cursor", cursor).param("now", now).update();
			}
		});
	}

	/** Forgets nodes not seen for {@code deadAfter}, then drops the changes every remembered node has read. */
	void prune(Duration deadAfter) {
		jdbc.sql("delete from search_node where seen_at < :limit")
			.param("limit", Timestamp.from(Instant.now().minus(deadAfter)))
			.update();
		jdbc.sql("delete from search_change where seq <= (select min(cursor_seq) from search_node)").update();
	}

	List<NodeLag> lags() {
		long last = lastSeq();
		Instant now = Instant.now();
		return jdbc.sql("""
				select n.node_id, n.cursor_seq, n.seen_at, n.rebuilt_at,
				       (select min(c.changed_at) from search_change c where c.seq > n.cursor_seq) as oldest
				from search_node n order by n.node_id
				""").query((rs, i) -> {
			Timestamp oldest = rs.getTimestamp("oldest");
			Timestamp rebuilt = rs.getTimestamp("rebuilt_at");
			long cursor = rs.getLong("cursor_seq");
			return new NodeLag(rs.getString("node_id"), cursor, Math.max(0, last - cursor),
					oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds()),
					rs.getTimestamp("seen_at").toInstant(), rebuilt == null ? null : rebuilt.toInstant());
		}).list();
	}

}
