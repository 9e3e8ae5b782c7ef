package no.samtale.inbox.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.approval.Approvals;
import no.samtale.channels.Outbox;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;

/**
 * Removes what citizens wrote from whole conversations, for retention and erasure. Anonymising keeps the
 * conversation's channel, times, status and counts (the analytics need them) and removes every text and name (they
 * become null: the client says "erased" in the reader's language); deleting removes the conversation and everything
 * that hangs on it.
 */
@Component
class ConversationForgetting {

	private final JdbcClient jdbc;

	private final Approvals approvals;

	private final Outbox outbox;

	private final SearchIndex search;

	ConversationForgetting(JdbcClient jdbc, Approvals approvals, Outbox outbox, SearchIndex search) {
		this.search = search;
		this.jdbc = jdbc;
		this.approvals = approvals;
		this.outbox = outbox;
	}

	int anonymise(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		approvals.forget(approvalIds(ids), false);
		outbox.forget(outboxIds(ids));
		jdbc.sql("update inbox_reply set body = null where conversation_id in (:ids)").param("ids", ids).update();
		jdbc.sql("update inbox_message set body = null, external_id = null where conversation_id in (:ids)")
			.param("ids", ids)
			.update();
		jdbc.sql("update inbox_message set author_name = null where conversation_id in (:ids) and direction = 'IN'")
			.param("ids", ids)
			.update();
		jdbc.sql("delete from inbox_note where conversation_id in (:ids)").param("ids", ids).update();
		// Search keeps no copy of what was forgotten (the index is a cache of the database).
		ids.forEach(id -> search.remove(SearchSource.INBOX, id));
		return jdbc.sql("""
				update inbox_conversation set subject = null, correspondent_name = null,
				    correspondent_external_id = '', thread_key = concat('anonymised-', cast(id as varchar(20))),
				    context_body = null
				where id in (:ids)
				""").param("ids", ids).update();
	}

	int delete(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		approvals.forget(approvalIds(ids), true);
		outbox.forget(outboxIds(ids));
		for (String table : List.of("inbox_reply", "inbox_message", "inbox_note", "inbox_label", "inbox_audit",
				"inbox_expert_question")) {
			jdbc.sql("delete from " + table + " where conversation_id in (:ids)").param("ids", ids).update();
		}
		ids.forEach(id -> search.remove(SearchSource.INBOX, id));
		return jdbc.sql("delete from inbox_conversation where id in (:ids)").param("ids", ids).update();
	}

	/** One person's messages in a thread others also wrote in. */
	int anonymiseMessages(Collection<Long> messageIds) {
		if (messageIds.isEmpty()) {
			return 0;
		}
		jdbc.sql("select distinct conversation_id from inbox_message where id in (:ids)")
			.param("ids", messageIds)
			.query(Long.class)
			.list()
			.forEach(id -> search.remove(SearchSource.INBOX, id));
		return jdbc.sql("""
				update inbox_message set body = null, author_name = null, external_id = null
				where id in (:ids)
				""").param("ids", messageIds).update();
	}

	private List<Long> outboxIds(Collection<Long> conversationIds) {
		return jdbc.sql("select outbox_id from inbox_reply where conversation_id in (:ids) and outbox_id is not null")
			.param("ids", conversationIds)
			.query(Long.class)
			.list();
	}

	private List<Long> approvalIds(Collection<Long> conversationIds) {
		return jdbc.sql("select approval_id from inbox_reply where conversation_id in (:ids)")
			.param("ids", conversationIds)
			.query(Long.class)
			.list();
	}

}
