package no.samtale.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/** The archive's own rows: case folders, their entries, documents and later changes. */
@Component
class RecordStore {

	/** A journaled case folder as the archive holds it. */
	record StoredRecord(long id, String systemId, String caseNumber, SourceKind sourceKind, long sourceId, String title,
			String unitName, String responsibleName, String correspondentName, String correspondentId, String platform,
			boolean screened, String legalBasis, Instant openedAt, Instant closedAt, Instant journaledAt,
			String journaledBy) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	RecordStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	Optional<StoredRecord> bySource(SourceKind kind, long sourceId) {
		return jdbc.sql("select * from archive_record where source_kind = :kind and source_id = :id")
			.param("kind", kind.name())
			.param("id", sourceId)
			.query(RecordStore::record)
			.optional();
	}

	Optional<StoredRecord> find(long id) {
		return jdbc.sql("select * from archive_record where id = :id").param("id", id).query(RecordStore::record).optional();
	}

	/**
	 * A new folder for its source, or empty when the source has one already: two closings of one conversation (a
	 * listener and a hand journaling at once) race here, and the unique source key lets one of them through.
	 */
	OptionalLong insert(CaseFolder folder, boolean screened, String legalBasis, Instant now, String by) {
		String systemId = UUID.randomUUID().toString();
		int inserted = inserts.insert("""
				insert into archive_record (system_id, case_number, source_kind, source_id, title, unit_name,
				    responsible_name, correspondent_name, correspondent_id, platform, screened, legal_basis, opened_at,
				    closed_at, journaled_at, journaled_by)
				values (:systemId, :caseNumber, :kind, :sourceId, :title, :unit, :responsible, :correspondent,
				    :correspondentId, :platform, :screened, :basis, :opened, :closed, :now, :by)
				""", "source_kind, source_id", sql -> jdbc.sql(sql)
			.param("systemId", systemId)
			.param("caseNumber", "tmp-" + RandomTokens.sha256(UUID.randomUUID().toString()).substring(0, 12))
			.param("kind", folder.kind().name())
			.param("sourceId", folder.sourceId())
			.param("title", cut(folder.title(), 300))
			.param("unit", folder.unitName())
			.param("responsible", folder.responsibleName())
			.param("correspondent", folder.correspondentName())
			.param("correspondentId", folder.correspondentId())
			.param("platform", folder.platform())
			.param("screened", screened)
			.param("basis", screened ? legalBasis : null, Types.VARCHAR)
			.param("opened", Timestamp.from(folder.openedAt()))
			.param("closed", folder.closedAt() == null ? null : Timestamp.from(folder.closedAt()), Types.TIMESTAMP)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update());
		if (inserted == 0) {
			return OptionalLong.empty();
		}
		long id = jdbc.sql("select id from archive_record where system_id = :systemId")
			.param("systemId", systemId)
			.query(Long.class)
			.single();
		// Saksnummer as Noark numbers cases: year/sequence, the year of the folder's opening.
		jdbc.sql("update archive_record set case_number = :number where id = :id")
			.param("number", folder.openedAt().atOffset(ZoneOffset.UTC).getYear() + "/" + id)
			.param("id", id)
			.update();
		return OptionalLong.of(id);
	}

	void insertEntries(long recordId, List<CaseFolder.Entry> entries) {
		int position = 1;
		for (CaseFolder.Entry entry : entries) {
			jdbc.sql("""
					insert into archive_entry (record_id, system_id, position, entry_type, author_name, message_id,
					    external_id, reply_to, body, written_at)
					values (:record, :systemId, :position, :type, :author, :messageId, :externalId, :replyTo, :body, :at)
					""")
				.param("record", recordId)
				.param("systemId", UUID.randomUUID().toString())
				.param("position", position++)
				.param("type", entry.type())
				.param("author", cut(entry.authorName(), 200))
				.param("messageId", entry.messageId())
				.param("externalId", entry.externalId(), Types.VARCHAR)
				.param("replyTo", entry.replyTo(), Types.BIGINT)
				.param("body", cut(entry.body(), 20000))
				.param("at", Timestamp.from(entry.at()))
				.update();
		}
	}

	void insertDocument(long recordId, String variant, String format, String extension, byte[] content, Instant now) {
		String systemId = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into archive_document (record_id, system_id, variant, format, file_name, sha256,
				    size_bytes, content, created_at)
				values (:record, :systemId, :variant, :format, :file, :sha, :size, :content, :now)
				""")
			.param("record", recordId)
			.param("systemId", systemId)
			.param("variant", variant)
			.param("format", format)
			.param("file", "dokumenter/" + systemId + "." + extension)
			.param("sha", Checksums.sha256(content))
			.param("size", content.length)
			.param("content", content)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** An open folder journaled again: its entries and documents are replaced by the case as it now stands. */
	void clearContent(long recordId) {
		jdbc.sql("delete from archive_entry where record_id = :id").param("id", recordId).update();
		jdbc.sql("delete from archive_document where record_id = :id").param("id", recordId).update();
	}

	void close(long recordId, Instant closedAt, String title) {
		jdbc.sql("update archive_record set closed_at = :closed, title = :title where id = :id")
			.param("closed", Timestamp.from(closedAt))
			.param("title", cut(title, 300))
			.param("id", recordId)
			.update();
	}

	void change(long recordId, String field, String oldValue, String newValue, String by, Instant at) {
		jdbc.sql("""
				insert into archive_change (record_id, system_id, field_name, old_value, new_value, changed_by, changed_at)
				values (:record, :systemId, :field, :old, :new, :by, :at)
				""")
			.param("record", recordId)
			.param("systemId", UUID.randomUUID().toString())
			.param("field", field)
			.param("old", oldValue, Types.VARCHAR)
			.param("new", newValue, Types.VARCHAR)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	static StoredRecord record(ResultSet row, int n) throws SQLException {
		Timestamp closed = row.getTimestamp("closed_at");
		return new StoredRecord(row.getLong("id"), row.getString("system_id"), row.getString("case_number"),
				SourceKind.valueOf(row.getString("source_kind")), row.getLong("source_id"), row.getString("title"),
				row.getString("unit_name"), row.getString("responsible_name"), row.getString("correspondent_name"),
				row.getString("correspondent_id"), row.getString("platform"), row.getBoolean("screened"),
				row.getString("legal_basis"), row.getTimestamp("opened_at").toInstant(),
				closed == null ? null : closed.toInstant(), row.getTimestamp("journaled_at").toInstant(),
				row.getString("journaled_by"));
	}

}
