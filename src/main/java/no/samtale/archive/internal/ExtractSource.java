package no.samtale.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a period's folders for an extract in batches (by id, a few hundred at a time), so the extract of a year
 * never holds more than one batch in memory; documents' contents are copied one at a time.
 */
@Component
class ExtractSource {

	private static final int BATCH = 200;

	record Folder(RecordStore.StoredRecord record, List<StoredEntry> entries, List<StoredDocument> documents) {
	}

	record StoredEntry(long id, String systemId, int position, String type, String authorName, long messageId,
			String externalId, Long replyTo, String body, Instant writtenAt) {
	}

	record StoredDocument(long id, String systemId, String variant, String format, String fileName, String sha256,
			long size, Instant createdAt) {
	}

	record Change(String recordSystemId, String field, String oldValue, String newValue, String by, Instant at) {
	}

	private final JdbcClient jdbc;

	ExtractSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Folders opened in [from, until), oldest id first. */
	void forEachFolder(Instant from, Instant until, Consumer<Folder> each) {
		long after = 0;
		while (true) {
			List<RecordStore.StoredRecord> batch = jdbc.sql("""
					select * from archive_record where opened_at >= :from and opened_at < :until and id > :after
					order by id limit :batch
					""")
				.param("from", Timestamp.from(from))
				.param("until", Timestamp.from(until))
				.param("after", after)
				.param("batch", BATCH)
				.query(RecordStore::record)
				.list();
			if (batch.isEmpty()) {
				return;
			}
			List<Long> ids = batch.stream().map(RecordStore.StoredRecord::id).toList();
			Map<Long, List<StoredEntry>> entries = entries(ids);
			Map<Long, List<StoredDocument>> documents = documents(ids);
			batch.forEach(record -> each.accept(new Folder(record, entries.getOrDefault(record.id(), List.of()),
					documents.getOrDefault(record.id(), List.of()))));
			after = ids.get(ids.size() - 1);
		}
	}

	/** One folder with its entries and documents' descriptions. */
	java.util.Optional<Folder> folder(long recordId) {
		return jdbc.sql("select * from archive_record where id = :id").param("id", recordId)
			.query(RecordStore::record)
			.optional()
			.map(record -> new Folder(record, entries(List.of(recordId)).getOrDefault(recordId, List.of()),
					documents(List.of(recordId)).getOrDefault(recordId, List.of())));
	}

	/** Case numbers of folders opened in the period and not closed yet. */
	List<String> openFolders(Instant from, Instant until) {
		return jdbc.sql("""
				select case_number from archive_record where opened_at >= :from and opened_at < :until
				    and closed_at is null order by id
				""")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(String.class)
			.list();
	}

	void forEachChange(Instant from, Instant until, Consumer<Change> each) {
		jdbc.sql("""
				select r.system_id, c.field_name, c.old_value, c.new_value, c.changed_by, c.changed_at
				from archive_change c join archive_record r on r.id = c.record_id
				where r.opened_at >= :from and r.opened_at < :until order by c.id
				""")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(row -> {
				each.accept(new Change(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), row.getTimestamp(6).toInstant()));
			});
	}

	void copyContent(long documentId, OutputStream out) {
		jdbc.sql("select content from archive_document where id = :id").param("id", documentId).query(row -> {
			try (InputStream in = row.getBinaryStream(1)) {
				in.transferTo(out);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private Map<Long, List<StoredEntry>> entries(List<Long> ids) {
		Map<Long, List<StoredEntry>> byRecord = new LinkedHashMap<>();
		jdbc.sql("select * from archive_entry where record_id in (:ids) order by record_id, position")
			.param("ids", ids)
			.query(row -> {
				byRecord.computeIfAbsent(row.getLong("record_id"), id -> new ArrayList<>())
					.add(new StoredEntry(row.getLong("id"), row.getString("system_id"), row.getInt("position"),
							row.getString("entry_type"), row.getString("author_name"), row.getLong("message_id"),
							row.getString("external_id"), (Long) row.getObject("reply_to", Long.class),
							row.getString("body"), row.getTimestamp("written_at").toInstant()));
			});
		return byRecord;
	}

	private Map<Long, List<StoredDocument>> documents(List<Long> ids) {
		Map<Long, List<StoredDocument>> byRecord = new LinkedHashMap<>();
		jdbc.sql("""
				select id, record_id, system_id, variant, format, file_name, sha256, size_bytes, created_at
				from archive_document where record_id in (:ids) order by record_id, id
				""")
			.param("ids", ids)
			.query(row -> {
				byRecord.computeIfAbsent(row.getLong("record_id"), id -> new ArrayList<>())
					.add(new StoredDocument(row.getLong("id"), row.getString("system_id"), row.getString("variant"),
							row.getString("format"), row.getString("file_name"), row.getString("sha256"),
							row.getLong("size_bytes"), row.getTimestamp("created_at").toInstant()));
			});
		return byRecord;
	}

}
