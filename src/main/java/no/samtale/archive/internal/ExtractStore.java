package no.samtale.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The extracts asked for, and how far each got. */
@Component
class ExtractStore {

	enum State {
		BUILDING, READY, FAILED
	}

	record Extract(long id, LocalDate from, LocalDate to, State state, long requestedBy, Instant requestedAt,
			Instant finishedAt, String fileName, Long sizeBytes, String sha256, Integer folders, Integer entries,
			Integer documents, List<ExtractFinding> failures) {
	}

	private final JdbcClient jdbc;

	ExtractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(LocalDate from, LocalDate to, long userId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into archive_extract (period_from, period_to, state, requested_by, requested_at)
				values (:from, :to, 'BUILDING', :user, :now)
				""")
			.param("from", from)
			.param("to", to)
			.param("user", userId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Extract> find(long id) {
		return jdbc.sql("select * from archive_extract where id = :id").param("id", id).query(ExtractStore::extract)
			.optional();
	}

	List<Extract> recent() {
		return jdbc.sql("select * from archive_extract order by id desc limit 50").query(ExtractStore::extract).list();
	}

	void ready(long id, String fileName, long size, String sha256, ExtractCounts counts) {
		jdbc.sql("""
				update archive_extract set state = 'READY', finished_at = :now, file_name = :file, size_bytes = :size,
				    sha256 = :sha, folders = :folders, entries = :entries, documents = :documents
				where id = :id
				""")
			.param("now", Timestamp.from(Instant.now()))
			.param("file", fileName)
			.param("size", size)
			.param("sha", sha256)
			.param("folders", counts.folders)
			.param("entries", counts.entries)
			.param("documents", counts.objects)
			.param("id", id)
			.update();
	}

	void failed(long id, List<ExtractFinding> failures, ExtractCounts counts) {
		// Whole findings only: as many as the column holds.
		StringBuilder lines = new StringBuilder();
		for (ExtractFinding failure : failures) {
			String line = failure.line();
			if (lines.length() + line.length() + 1 > 4000) {
				break;
			}
			lines.append(lines.isEmpty() ? "" : "\n").append(line);
		}
		String joined = lines.toString();
		jdbc.sql("""
				update archive_extract set state = 'FAILED', finished_at = :now, failures = :failures,
				    folders = :folders, entries = :entries, documents = :documents where id = :id
				""")
			.param("now", Timestamp.from(Instant.now()))
			.param("failures", joined)
			.param("folders", counts == null ? null : counts.folders, Types.INTEGER)
			.param("entries", counts == null ? null : counts.entries, Types.INTEGER)
			.param("documents", counts == null ? null : counts.objects, Types.INTEGER)
			.param("id", id)
			.update();
	}

	private static Extract extract(ResultSet row, int n) throws SQLException {
		Timestamp finished = row.getTimestamp("finished_at");
		String failures = row.getString("failures");
		return new Extract(row.getLong("id"), row.getObject("period_from", LocalDate.class),
				row.getObject("period_to", LocalDate.class), State.valueOf(row.getString("state")),
				row.getLong("requested_by"), row.getTimestamp("requested_at").toInstant(),
				finished == null ? null : finished.toInstant(), row.getString("file_name"),
				(Long) row.getObject("size_bytes", Long.class), row.getString("sha256"),
				(Integer) row.getObject("folders", Integer.class), (Integer) row.getObject("entries", Integer.class),
				(Integer) row.getObject("documents", Integer.class),
				failures == null || failures.isBlank() ? List.of()
						: ExtractFinding.parseAll(Arrays.asList(failures.split("\n"))));
	}

}
