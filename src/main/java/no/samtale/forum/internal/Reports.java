package no.samtale.forum.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Messages;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.platform.RuleViolationException;

/** Readers report messages; a space's moderators see the reports and dismiss them or remove the message. */
@Service
class Reports {

	private final JdbcClient jdbc;

	private final Messages messages;

	private final ForumAudit audit;

	Reports(JdbcClient jdbc, Messages messages, ForumAudit audit) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
	}

	record Report(long id, long spaceId, long discussionId, long messageId, long reportedBy, String reason,
			Instant reportedAt, String status, Long resolvedBy, Instant resolvedAt, String resolution) {
	}

	@Transactional
	long report(long spaceId, long discussionId, long messageId, long reporterId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say what is wrong with the message");
		}
		List<Long> open = jdbc.sql("""
				select id from forum_report where message_id = :message and reported_by = :user and status = 'OPEN'
				""").param("message", messageId).param("user", reporterId).query(Long.class).list();
		if (!open.isEmpty()) {
			return open.get(0);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into forum_report (space_id, discussion_id, message_id, reported_by, reason, reported_at, status)
				values (:space, :discussion, :message, :user, :reason, :now, 'OPEN')
				""")
			.param("space", spaceId).param("discussion", discussionId).param("message", messageId)
			.param("user", reporterId).param("reason", reason.strip())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Report get(long id) {
		return jdbc.sql("select * from forum_report where id = :id").param("id", id).query((rs, row) -> {
			long resolvedBy = rs.getLong("resolved_by");
			Long resolver = rs.wasNull() ? null : resolvedBy;
			Timestamp resolvedAt = rs.getTimestamp("resolved_at");
			return new Report(rs.getLong("id"), rs.getLong("space_id"), rs.getLong("discussion_id"),
					rs.getLong("message_id"), rs.getLong("reported_by"), rs.getString("reason"),
					rs.getTimestamp("reported_at").toInstant(), rs.getString("status"), resolver,
					resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("resolution"));
		}).optional().orElseThrow(() -> new NotFoundException("Report", id));
	}

	/** The reports in the spaces the caller moderates (all spaces for an admin), oldest open first. */
	PageResponse<Long> queue(CurrentUser user, String status, PageQuery page) {
		String where = """
				where (:admin or space_id in (select space_id from forum_space_role where user_id = :user and role = 'MODERATOR'))
				  and (cast(:status as varchar(20)) is null or status = :status)
				""";
		boolean admin = user.hasRole(Role.ADMIN);
		long total = jdbc.sql("select count(*) from forum_report " + where)
			.param("admin", admin).param("user", user.id()).param("status", status)
			.query(Long.class).single();
		List<Long> ids = jdbc.sql("select id from forum_report " + where + " order by reported_at, id limit :limit offset :offset")
			.param("admin", admin).param("user", user.id()).param("status", status)
			.param("limit", page.size()).param("offset", page.offset())
			.query(Long.class).list();
		return PageResponse.of(ids, page, total);
	}

	@Transactional
	void resolve(Report report, CurrentUser moderator, boolean removeMessage, String reason) {
		if (!"OPEN".equals(report.status())) {
			throw new RuleViolationException("report-resolved", null, "This report has already been dealt with");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why");
		}
		if (removeMessage) {
			messages.remove(report.messageId(), moderator.id(), reason);
		}
		String status = removeMessage ? "REMOVED" : "DISMISSED";
		jdbc.sql("""
				update forum_report set status = :status, resolved_by = :by, resolved_at = :now, resolution = :reason
				where id = :id
				""").param("status", status).param("by", moderator.id()).param("now", Timestamp.from(Instant.now()))
			.param("reason", reason.strip()).param("id", report.id()).update();
		// Other open reports of the same message are settled by the same decision.
		if (removeMessage) {
			jdbc.sql("""
					update forum_report set status = 'REMOVED', resolved_by = :by, resolved_at = :now, resolution = :reason
					where message_id = :message and status = 'OPEN'
					""").param("by", moderator.id()).param("now", Timestamp.from(Instant.now()))
				.param("reason", reason.strip()).param("message", report.messageId()).update();
		}
		audit.record(report.spaceId(), moderator.id(), removeMessage ? ForumAuditAction.REMOVE_MESSAGE : ForumAuditAction.DISMISS_REPORT,
				ForumAuditTarget.message(report.messageId()), reason.strip());
	}

}
