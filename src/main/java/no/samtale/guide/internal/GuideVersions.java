package no.samtale.guide.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guide's versions: a save never changes one, it adds the next; publishing marks one as what citizens see. Saved
 * documents have passed {@link GuideRules}, so every stored version could be published.
 */
@Component
class GuideVersions {

	/** One version in the history, without its document. */
	record GuideVersionView(long version, long savedBy, Instant savedAt, @Nullable String note,
			@Nullable Instant publishedAt, boolean live) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	GuideVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional
	long save(GuideDocument document, @Nullable String note, long editorId, Instant at) {
		long next = jdbc.sql("select coalesce(max(version), 0) + 1 from guide_version").query(Long.class).single();
		jdbc.sql("""
				insert into guide_version (version, document, saved_by, saved_at, note)
				values (:version, :document, :by, :at, :note)
				""")
			.param("version", next)
			.param("document", json.writeValueAsString(document))
			.param("by", editorId)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.update();
		return next;
	}

	void publish(long version, long editorId, Instant at) {
		int updated = jdbc.sql("update guide_version set published_at = :at, published_by = :by where version = :version")
			.param("at", Timestamp.from(at))
			.param("by", editorId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new NotFoundException("Guide version", version);
		}
	}

	GuideDocument document(long version) {
		return jdbc.sql("select document from guide_version where version = :version")
			.param("version", version)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, GuideDocument.class))
			.orElseThrow(() -> new NotFoundException("Guide version", version));
	}

	/** The version citizens see: the one published last. */
	Optional<Long> publishedVersion() {
		return jdbc.sql("""
				select version from guide_version where published_at is not null
				order by published_at desc, version desc fetch first 1 rows only
				""").query(Long.class).optional();
	}

	List<GuideVersionView> history() {
		Optional<Long> live = publishedVersion();
		return jdbc.sql("select version, saved_by, saved_at, note, published_at from guide_version order by version desc")
			.query((rs, n) -> row(rs, live.orElse(-1L)))
			.list();
	}

	private static GuideVersionView row(ResultSet rs, long live) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		long version = rs.getLong("version");
		return new GuideVersionView(version, rs.getLong("saved_by"), rs.getTimestamp("saved_at").toInstant(),
				rs.getString("note"), published == null ? null : published.toInstant(), version == live);
	}

}
