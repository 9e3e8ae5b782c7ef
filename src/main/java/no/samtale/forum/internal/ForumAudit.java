package no.samtale.forum.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The moderators' audit trail: every moderator action in a space, append-only. */
@Component
class ForumAudit {

	private final JdbcClient jdbc;

	ForumAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row as stored; the target may be in no known shape in rows written by hand. */
	record Entry(long id, long actorId, ForumAuditAction action, Optional<ForumAuditTarget> target, String detail,
			Instant at) {
	}

	void record(long spaceId, long actorId, ForumAuditAction action, ForumAuditTarget target, String detail) {
		jdbc.sql("""
				insert into forum_audit (space_id, actor_id, action, target, detail, acted_at)
				values (:space, :actor, :action, :target, :detail, :now)
				""")
			.param("space", spaceId)
			.param("actor", actorId)
			.param("action", action.name())
			.param("target", target.stored())
			.param("detail", detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	PageResponse<Entry> of(long spaceId, PageQuery page) {
		long total = jdbc.sql("select count(*) from forum_audit where space_id = :space")
			.param("space", spaceId)
			.query(Long.class)
			.single();
		List<Entry> entries = jdbc.sql("""
				select * from forum_audit where space_id = :space order by acted_at desc, id desc limit :limit offset :offset
				""").param("space", spaceId).param("limit", page.size()).param("offset", page.offset())
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getLong("actor_id"),
					ForumAuditAction.of(rs.getString("action")), ForumAuditTarget.parse(rs.getString("target")), rs.getString("detail"), rs.getTimestamp("acted_at").toInstant()))
			.list();
		return PageResponse.of(entries, page, total);
	}

}
