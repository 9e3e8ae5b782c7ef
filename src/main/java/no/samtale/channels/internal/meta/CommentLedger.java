package no.samtale.channels.internal.meta;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.meta.CommentChanges.Change;
import no.samtale.channels.internal.meta.CommentChanges.Known;
import no.samtale.channels.internal.meta.CommentChanges.Status;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ProbedKeys;

/**
 * The latest change recorded for each Meta comment ({@code channels_meta_item}), kept by the rules of
 * {@link CommentChanges}. An update is guarded by the change it replaces, so two nodes ordering changes to the same
 * comment at once never both win: the loser fails and its delivery is tried again, reading the winner's.
 */
@Component
class CommentLedger {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final JdbcTemplate batch;

	CommentLedger(JdbcClient jdbc, JdbcTemplate batch, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.inserts = inserts;
	}

	/** What recording a change found: whether it was the comment's first, and what was known before. */
	record Recorded(boolean first, Known before) {
	}

	/** Records the change if it is the comment's first; otherwise answers what was known, unchanged. */
	Recorded recordIfFirst(long accountId, String externalId, Change change, Instant at, String body) {
		Known first = CommentChanges.first(change, at, body);
		boolean inserted = inserts.insert("""
				insert into channels_meta_item (account_id, external_id, status, body, changed_at, change_rank)
				values (:account, :id, :status, :body, :at, :rank)
				""", "account_id, external_id", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("id", externalId)
			.param("status", first.status().name())
			.param("body", first.body())
			.param("at", Timestamp.from(first.changedAt()))
			.param("rank", first.rank())
			.update()) > 0;
		return new Recorded(inserted, inserted ? null : known(accountId, externalId).orElseThrow());
	}

	/** Which of these comments of the account have a recorded change already: one read for a batch. */
	Set<String> recorded(long accountId, Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Set.of();
		}
		Set<String> recorded = new HashSet<>();
		jdbc.sql("""
				select v.external_id, (select true from channels_meta_item m
				                       where m.account_id = :account and m.external_id = v.external_id) as recorded
				from (values :ids) v(external_id)
				""")
			.param("account", accountId)
			.param("ids", ProbedKeys.of(externalIds))
			.query(rs -> {
				if (rs.getBoolean("recorded")) {
					recorded.add(rs.getString("external_id"));
				}
			});
		return recorded;
	}

	/**
	 * Records the first change of many comments, none recorded before ({@link #recorded} said so), in one batched
	 * insert. One that another node recorded meanwhile makes the key refuse the batch, and this throws.
	 */
	void recordAllFirst(long accountId, Map<String, Known> firstChanges) {
		List<Map.Entry<String, Known>> rows = List.copyOf(firstChanges.entrySet());
		batch.batchUpdate("""
				insert into channels_meta_item (account_id, external_id, status, body, changed_at, change_rank)
				values (?, ?, ?, ?, ?, ?)
				""", rows, rows.size(), (statement, row) -> {
			statement.setLong(1, accountId);
			statement.setString(2, row.getKey());
			statement.setString(3, row.getValue().status().name());
			statement.setString(4, row.getValue().body());
			statement.setTimestamp(5, Timestamp.from(row.getValue().changedAt()));
			statement.setInt(6, row.getValue().rank());
		});
	}

	/** Replaces {@code before} with {@code after}; fails when another change got there first. */
	void replace(long accountId, String externalId, Known before, Known after) {
		int updated = jdbc.sql("""
				update channels_meta_item set status = :status, body = :body, changed_at = :at, change_rank = :rank
				where account_id = :account and external_id = :id and changed_at = :knownAt and change_rank = :knownRank
				""")
			.param("status", after.status().name())
			.param("body", after.body())
			.param("at", Timestamp.from(after.changedAt()))
			.param("rank", after.rank())
			.param("account", accountId)
			.param("id", externalId)
			.param("knownAt", Timestamp.from(before.changedAt()))
			.param("knownRank", before.rank())
			.update();
		if (updated == 0) {
			// Another change to the same comment won the race; retrying re-reads and orders against it.
			throw new IllegalStateException("Concurrent change to a Meta comment");
		}
	}

	Optional<Known> known(long accountId, String externalId) {
		return jdbc.sql("select * from channels_meta_item where account_id = :account and external_id = :id")
			.param("account", accountId)
			.param("id", externalId)
			.query((rs, n) -> new Known(Status.valueOf(rs.getString("status")), rs.getString("body"),
					rs.getTimestamp("changed_at").toInstant(), rs.getInt("change_rank")))
			.optional();
	}

}
