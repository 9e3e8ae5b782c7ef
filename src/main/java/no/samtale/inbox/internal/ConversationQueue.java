package no.samtale.inbox.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.inbox.ConversationStatus;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The inbox queues: a team's conversations filtered and paged, and the counts beside them. */
@Component
class ConversationQueue {

	/** Counting a whole queue of a million rows costs more than the page itself; counts stop here. */
	static final int COUNT_LIMIT = 10_000;

	private final JdbcClient jdbc;

	ConversationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<Conversation> list(InboxFilter filter, PageQuery page) {
		// Statuses are enum names, safe to write as literals; as literals they let PostgreSQL pick the partial
		// index of the work queue, which a bound parameter would hide from it.
		String statuses = filter.statuses().stream().distinct().sorted().map(status -> "'" + status.name() + "'")
			.collect(Collectors.joining(", "));
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
		if (filter.context() != null) {
			where.append(" and c.context_external_id = :context");
			params.put("context", filter.context());
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

}
