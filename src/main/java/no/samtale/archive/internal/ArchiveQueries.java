package no.samtale.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.archive.internal.ArchiveViews.ArchiveDocumentView;
import no.samtale.archive.internal.ArchiveViews.ArchiveEntryView;
import no.samtale.archive.internal.ArchiveViews.ArchiveOverview;
import no.samtale.archive.internal.ArchiveViews.ArchiveRecordDetail;
import no.samtale.archive.internal.ArchiveViews.ArchiveRecordView;
import no.samtale.platform.NotFoundException;

/** The archive page's lists: what waits (open folders, deliveries under way), what was sent, what failed. */
@Component
class ArchiveQueries {

	enum Filter {
		WAITING, SENT, FAILED, ALL
	}

	private static final String SELECT = """
			select r.*, d.state as delivery_state, d.attempts, d.last_error, d.updated_at as delivery_updated_at
			from archive_record r left join archive_delivery d on d.record_id = r.id
			""";

	private final JdbcClient jdbc;

	private final NoarkArchive archive;

	ArchiveQueries(JdbcClient jdbc, NoarkArchive archive) {
		this.jdbc = jdbc;
		this.archive = archive;
	}

	List<ArchiveRecordView> list(Filter filter) {
		String where = switch (filter) {
			case WAITING -> "where r.closed_at is null or d.state = 'PENDING'";
			case SENT -> "where d.state = 'SENT'";
			case FAILED -> "where d.state = 'FAILED'";
			case ALL -> "";
		};
		return jdbc.sql(SELECT + where + " order by r.journaled_at desc, r.id desc limit 200")
			.query(ArchiveQueries::view)
			.list();
	}

	ArchiveRecordDetail detail(long id) {
		ArchiveRecordView record = jdbc.sql(SELECT + "where r.id = :id").param("id", id).query(ArchiveQueries::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("Archive record", id));
		List<ArchiveEntryView> entries = jdbc.sql("select * from archive_entry where record_id = :id order by position")
			.param("id", id)
			.query((row, n) -> new ArchiveEntryView(row.getString("system_id"), row.getInt("position"),
					row.getString("entry_type"), row.getString("author_name"), row.getLong("message_id"),
					row.getString("external_id"), (Long) row.getObject("reply_to", Long.class), row.getString("body"),
					row.getTimestamp("written_at").toInstant()))
			.list();
		List<ArchiveDocumentView> documents = jdbc.sql("""
				select id, system_id, variant, format, file_name, sha256, size_bytes from archive_document
				where record_id = :id order by id
				""")
			.param("id", id)
			.query((row, n) -> new ArchiveDocumentView(row.getLong("id"), row.getString("system_id"),
					row.getString("variant"), row.getString("format"), row.getString("file_name"), row.getString("sha256"),
					row.getLong("size_bytes")))
			.list();
		return new ArchiveRecordDetail(record, entries, documents);
	}

	/** A document's stored content with its name and format, for download from the record's page. */
	record StoredContent(String fileName, String format, byte[] content) {
	}

	StoredContent document(long recordId, long documentId) {
		return jdbc.sql("select file_name, format, content from archive_document where id = :doc and record_id = :id")
			.param("doc", documentId)
			.param("id", recordId)
			.query((row, n) -> new StoredContent(row.getString(1), row.getString(2), row.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Document", documentId));
	}

	ArchiveOverview overview() {
		int open = count("select count(*) from archive_record where closed_at is null");
		return new ArchiveOverview(archive.enabled(), open,
				count("select count(*) from archive_delivery where state = 'PENDING'"),
				count("select count(*) from archive_delivery where state = 'FAILED'"),
				count("select count(*) from archive_delivery where state = 'SENT'"));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private static ArchiveRecordView view(ResultSet row, int n) throws SQLException {
		RecordStore.StoredRecord r = RecordStore.record(row, n);
		Timestamp deliveryUpdated = row.getTimestamp("delivery_updated_at");
		Integer attempts = (Integer) row.getObject("attempts", Integer.class);
		return new ArchiveRecordView(r.id(), r.systemId(), r.caseNumber(), r.sourceKind().name(), r.sourceId(), r.title(),
				r.unitName(), r.responsibleName(), r.correspondentName(), r.screened(), r.legalBasis(), r.openedAt(),
				r.closedAt(), r.journaledAt(), r.journaledBy(), row.getString("delivery_state"),
				attempts == null ? 0 : attempts, row.getString("last_error"),
				deliveryUpdated == null ? null : deliveryUpdated.toInstant());
	}

}
