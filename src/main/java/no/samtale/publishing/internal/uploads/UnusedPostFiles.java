package no.samtale.publishing.internal.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes the uploads of one kind (a post's images, a post's videos) that no post uses a while after they were
 * uploaded, rows first and files once the deletion has committed, so a file is never gone while its row is still
 * there. {@code table} and {@code postColumn} are the kind's own constants, never input.
 */
public final class UnusedPostFiles {

	private static final Logger log = LoggerFactory.getLogger(UnusedPostFiles.class);

	private final JdbcClient jdbc;

	private final Path folder;

	private final String table;

	private final String postColumn;

	public UnusedPostFiles(JdbcClient jdbc, Path folder, String table, String postColumn) {
		if (!(table + postColumn).matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a plain table and column name: " + table + "." + postColumn);
		}
		this.jdbc = jdbc;
		this.folder = folder;
		this.table = table;
		this.postColumn = postColumn;
	}

	/** Deletes what was uploaded more than {@code age} ago and no post names; answers how many. In a transaction. */
	public int removeUnused(Duration age) {
		Timestamp before = Timestamp.from(Instant.now().minus(age));
		List<String> candidates = jdbc.sql("select storage_key from " + table + " f where f.created_at < :before"
				+ " and not exists (select 1 from publishing_post p where p." + postColumn + " = f.id)")
			.param("before", before).query(String.class).list();
		// One by one, each guarded again: a post may have taken the file since it was listed; then it stays.
		List<String> removed = new ArrayList<>();
		for (String key : candidates) {
			int deleted = jdbc.sql("delete from " + table + " where storage_key = :key and not exists"
					+ " (select 1 from publishing_post p where p." + postColumn + " = " + table + ".id)")
				.param("key", key).update();
			if (deleted == 1) {
				removed.add(key);
			}
		}
		if (!removed.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					removed.forEach(UnusedPostFiles.this::deleteFile);
				}
			});
		}
		return removed.size();
	}

	private void deleteFile(String key) {
		try {
			Files.deleteIfExists(folder.resolve(key));
		}
		catch (IOException e) {
			// The row is gone, so nothing serves the file any more; it only takes space until removed by hand.
			log.warn("Could not delete an unused upload's file {} in {}", key, table, e);
		}
	}

}
