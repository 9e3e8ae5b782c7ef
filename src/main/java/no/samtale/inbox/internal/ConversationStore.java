package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Inbound;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The conversations table: finding, listing with filters, and the atomic updates that move a conversation. */
@Component
class ConversationStore {

	/** Counting a whole queue of a million rows costs more than the page itself; counts stop here. */
	static final int COUNT_LIMIT = 10_000;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	ConversationStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	Conversation get(long id) {
		return jdbc.sql("select * from inbox_conversation where id = :id")
			.param("id", id)
			.query(ConversationStore::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Conversation", id));
	}

	Conversation lock(long id) {
		return jdbc.sql("select * from inbox_conversation where id = :id for update")
			.param("id", id)
			.query(ConversationStore::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Conversation", id));
	}

	/** The conversation this inbound message belongs to, opened if it is the first of its thread. */
	Conversation threadOf(Inbound inbound, long teamId) {
		Timestamp now = Timestamp.from(Instant.now());
		String subject = subjectOf(inbound.body());
		inserts.insert("""
				insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject,
				    correspondent_name, correspondent_external_id, context_external_id, context_body, opened_at,
				    waiting_since, last_inbound_at, last_activity_at)
				values (:account, :team, :kind, :thread, 'NEW', :subject, :name, :author, :contextId, :contextBody,
				    :now, :now, :now, :now)
				""", "account_id, kind, thread_key", sql -> jdbc.sql(sql)
			.param("account", inbound.accountId())
			.param("team", teamId)
			.param("kind", inbound.kind().name())
			.param("thread", inbound.threadExternalId())
			.param("subject", subject)
			.param("name", inbound.authorName())
			.param("author", inbound.authorExternalId())
			.param("contextId", inbound.contextExternalId())
			.param("contextBody", inbound.contextBody())
			.param("now", now)
			.update());
		return jdbc.sql("""
				select * from inbox_conversation
				where account_id = :account and kind = :kind and thread_key = :thread
				for update
				""")
			.param("account", inbound.accountId())
			.param("kind", inbound.kind().name())
			.param("thread", inbound.threadExternalId())
			.query(ConversationStore::row)
			.single();
	}

	/** A citizen wrote: count it, and put an answered or closed conversation back in the queue. */
	void citizenWrote(long id, Instant at) {
		jdbc.sql("""
				update inbox_conversation set message_count = message_count + 1, last_inbound_at = :at,
				    last_activity_at = :at,
				    waiting_since = case when status in ('ANSWERED', 'CLOSED') then :at else waiting_since end,
				    closed_at = null,
				    status = case when status in ('ANSWERED', 'CLOSED') then 'NEW' else status end
				where id = :id
				""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void advisorAnswered(long id, Instant at, boolean stillWaitingForApproval) {
		jdbc.sql("""
				update inbox_conversation set message_count = message_count + 1, last_activity_at = :at,
				    first_response_at = coalesce(first_response_at, :at),
				    status = case when status = 'CLOSED' then 'CLOSED' when :waiting then 'AWAITING_APPROVAL'
				        else 'ANSWERED' end
				where id = :id
				""")
			.param("at", Timestamp.from(at))
			.param("waiting", stillWaitingForApproval)
			.param("id", id)
			.update();
	}

	void status(long id, ConversationStatus status) {
		jdbc.sql("""
				update inbox_conversation set status = :status, last_activity_at = :now, closed_at = :closedAt
				where id = :id
				""")
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.param("closedAt", status == ConversationStatus.CLOSED ? Timestamp.from(Instant.now()) : null,
					java.sql.Types.TIMESTAMP)
			.param("id", id)
			.update();
	}

	void assign(long id, Long assigneeId) {
		jdbc.sql("update inbox_conversation set assignee_id = :assignee where id = :id")
			.param("assignee", assigneeId)
			.param("id", id)
			.update();
	}

	List<String> labels(long id) {
		return labels(List.of(id)).getOrDefault(id, List.of());
	}

	Map<Long, List<String>> labels(Collection<Long> ids) {
		Map<Long, List<String>> labels = new HashMap<>();
		if (ids.isEmpty()) {
			return labels;
		}
		jdbc.sql("select conversation_id, label from inbox_label where conversation_id in (:ids) order by label")
			.param("ids", ids)
			.query((rs, n) -> labels.computeIfAbsent(rs.getLong("conversation_id"), k -> new ArrayList<>())
				.add(rs.getString("label")))
			.list();
		return labels;
	}

	/** A conversation is named by its first message: when that message is edited, the name follows. */
	void subjectFollows(long id, long inboundId, String body) {
		jdbc.sql("""
				update inbox_conversation set subject = :subject
				where id = :id and (select min(m.id) from inbox_message m where m.conversation_id = :id)
				    = (select m.id from inbox_message m where m.inbound_id = :inbound)
				""")
			.param("subject", subjectOf(body))
			.param("id", id)
			.param("inbound", inboundId)
			.update();
	}

	/** Flags a conversation as holding an identity number; answers whether it was not flagged before. */
	boolean flagPersonalData(long id) {
		int changed = jdbc.sql("update inbox_conversation set personal_data = true where id = :id and personal_data = false")
			.param("id", id)
			.update();
		if (changed == 1 && !labels(id).contains(PersonalDataGuard.LABEL)) {
			jdbc.sql("insert into inbox_label (conversation_id, label) values (:id, :label)")
				.param("id", id)
				.param("label", PersonalDataGuard.LABEL)
				.update();
		}
		return changed == 1;
	}

	void setLabels(long id, Collection<String> labels) {
		jdbc.sql("delete from inbox_label where conversation_id = :id").param("id", id).update();
		for (String label : labels) {
			jdbc.sql("insert into inbox_label (conversation_id, label) values (:id, :label)")
				.param("id", id)
				.param("label", label)
				.update();
		}
	}

	List<String> labelsInUse(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select l.label from inbox_label l join inbox_conversation c on c.id = l.conversation_id
				where c.team_id in (:teams)
				group by l.label order by count(*) desc, l.label
				fetch first 100 rows only
				""")
			.param("teams", teamIds)
			.query(String.class)
			.list();
	}

	PageResponse<Conversation> list(InboxFilter filter, PageQuery page) {
		// Statuses are enum names, safe to write as literals; as literals they let PostgreSQL pick the partial
		// index of the work queue, which a bound parameter would hide from it.
		String statuses = filter.statuses().stream().distinct().sorted().map(status -> "'" + status.name() + "'")
			.collect(java.util.stream.Collectors.joining(", "));
		StringBuilder where = new StringBuilder("where c.team_id in (:teams) and c.status in (" + statuses + ")");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("teams", filter.teamIds());
		if (filter.accountId() != null) {
			where.append(" and c.account_id = :account");
			params.put("account", filter.accountId());
		}
		if (filter.unassigned()) {
			where.append(" and c.assignee_id is null");
		}
		else if (filter.assigneeId() != null) {
			where.append(" and c.assignee_id = :assignee");
			params.put("assignee", filter.assigneeId());
		}
		if (filter.kind() != null) {
			where.append(" and c.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.label() != null) {
			where.append(" and exists (select 1 from inbox_label l where l.conversation_id = c.id and l.label = :label)");
			params.put("label", filter.label());
		}
		if (filter.text() != null) {
			where.append(" and (lower(c.subject) like :text or lower(c.correspondent_name) like :text)");
			params.put("text", "%" + filter.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String order = filter.newestFirst() ? "c.waiting_since desc, c.id desc" : "c.waiting_since, c.id";
		List<Conversation> items = jdbc.sql("select c.* from inbox_conversation c " + where + " order by " + order
				+ " offset :offset rows fetch first :size rows only")
			.params(params)
			.param("offset", page.offset())
			.param("size", page.size())
			.query(ConversationStore::row)
			.list();
		long total = jdbc.sql("select count(*) from (select 1 from inbox_conversation c " + where
				+ " fetch first " + (COUNT_LIMIT + 1) + " rows only) capped")
			.params(params)
			.query(Long.class)
			.single();
		return PageResponse.of(items, page, total);
	}

	Map<ConversationStatus, Long> countsByStatus(Collection<Long> teamIds) {
		Map<ConversationStatus, Long> counts = new LinkedHashMap<>();
		for (ConversationStatus status : ConversationStatus.values()) {
			counts.put(status, 0L);
		}
		if (teamIds.isEmpty()) {
			return counts;
		}
		for (ConversationStatus status : ConversationStatus.values()) {
			// One capped count per status walks the queue index, rather than grouping a whole team's history.
			counts.put(status, jdbc.sql("""
					select count(*) from (select 1 from inbox_conversation
					    where team_id in (:teams) and status = :status fetch first %d rows only) capped
					""".formatted(COUNT_LIMIT + 1))
				.param("teams", teamIds)
				.param("status", status.name())
				.query(Long.class)
				.single());
		}
		return counts;
	}

	long assignedTo(long userId) {
		return jdbc.sql("""
				select count(*) from inbox_conversation
				where assignee_id = :user and status in ('NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL')
				""")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	Optional<String> latestInboundExternalId(long conversationId) {
		return jdbc.sql("""
				select external_id from inbox_message where conversation_id = :id and direction = 'IN'
				order by id desc fetch first 1 rows only
				""")
			.param("id", conversationId)
			.query(String.class)
			.optional();
	}

	static String subjectOf(String body) {
		String flat = body.strip().replaceAll("\\s+", " ");
		return flat.length() <= 120 ? flat : flat.substring(0, 117).stripTrailing() + "…";
	}

	private static Conversation row(ResultSet rs, int n) throws SQLException {
		long assignee = rs.getLong("assignee_id");
		Long assigneeId = rs.wasNull() ? null : assignee;
		return new Conversation(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("team_id"),
				Visibility.valueOf(rs.getString("kind")), rs.getString("thread_key"),
				ConversationStatus.valueOf(rs.getString("status")), rs.getString("subject"),
				rs.getString("correspondent_name"), rs.getString("correspondent_external_id"),
				rs.getString("context_external_id"), rs.getString("context_body"), assigneeId,
				rs.getInt("message_count"), instant(rs, "opened_at"), instant(rs, "waiting_since"),
				instant(rs, "last_inbound_at"), instant(rs, "last_activity_at"), instant(rs, "first_response_at"),
				instant(rs, "closed_at"), rs.getBoolean("personal_data"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
