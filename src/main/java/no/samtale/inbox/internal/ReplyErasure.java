package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.approval.Approvals;
import no.samtale.channels.Outbox;

/**
 * Erasure of the replies addressed to one person: those in the conversations they started, and those that name them
 * ("Hei Kari Nordmann! …") anywhere on the accounts searched. A reply that already left keeps its facts (when, where,
 * who approved) and loses its wording everywhere (the reply, the thread's copy, the four-eyes request, the outbox);
 * one that was still waiting is cancelled with its request and outbox entry, so nobody can approve or send it.
 */
@Component
class ReplyErasure {

	/** What was done: replies that had left and were anonymised, and replies that were waiting and are cancelled. */
	record Done(int anonymisedSent, int cancelled) {
	}

	private record Found(long id, long approvalId, long conversationId, ReplyStatus status, Long outboxId) {
	}

	private final JdbcClient jdbc;

	private final Approvals approvals;

	private final Outbox outbox;

	ReplyErasure(JdbcClient jdbc, Approvals approvals, Outbox outbox) {
		this.jdbc = jdbc;
		this.approvals = approvals;
		this.outbox = outbox;
	}

	Done erase(Collection<Long> startedConversations, Collection<String> names, Collection<Long> accounts) {
		List<Found> replies = addressedTo(startedConversations, names, accounts);
		int sent = 0;
		int cancelled = 0;
		List<Long> touched = new ArrayList<>();
		for (Found reply : replies) {
			touched.add(reply.conversationId());
			if (stillWaiting(reply)) {
				approvals.cancel(List.of(reply.approvalId()));
				approvals.forget(List.of(reply.approvalId()), false);
				jdbc.sql("update inbox_reply set status = 'CANCELLED', body = null where id = :id")
					.param("id", reply.id())
					.update();
				cancelled++;
			}
			else {
				approvals.forget(List.of(reply.approvalId()), false);
				if (reply.outboxId() != null) {
					outbox.forget(List.of(reply.outboxId()));
				}
				jdbc.sql("update inbox_reply set body = null where id = :id").param("id", reply.id()).update();
				jdbc.sql("update inbox_message set body = null where reply_id = :id").param("id", reply.id()).update();
				sent++;
			}
		}
		if (!touched.isEmpty()) {
			// A conversation whose only waiting reply was cancelled no longer waits for approval.
			jdbc.sql("""
					update inbox_conversation set status = 'IN_PROGRESS'
					where id in (:ids) and status = 'AWAITING_APPROVAL'
					    and not exists (select 1 from inbox_reply r where r.conversation_id = inbox_conversation.id
					        and r.status = 'AWAITING_APPROVAL')
					""").param("ids", touched).update();
		}
		return new Done(sent, cancelled);
	}

	/**
	 * A reply that has not left is cancelled: waiting for or sent back from approval, failed (a person could send it
	 * again), or approved with its outbox entry not yet under way. One whose delivery is under way counts as sent.
	 */
	private boolean stillWaiting(Found reply) {
		return switch (reply.status()) {
			case AWAITING_APPROVAL, REJECTED -> true;
			case APPROVED, FAILED -> reply.outboxId() == null || outbox.cancel(List.of(reply.outboxId())) == 1;
			case SENT, CANCELLED -> false;
		};
	}

	/** Notes by staff that name the person go with them: a note is working text, not a record of what was done. */
	int deleteNotesNaming(Collection<String> names, Collection<Long> accounts) {
		int deleted = 0;
		for (String name : names) {
			deleted += jdbc.sql("""
					delete from inbox_note where lower(body) like :pattern escape '\\'
					    and conversation_id in (select id from inbox_conversation where account_id in (:accounts))
					""").param("pattern", containing(name)).param("accounts", accounts).update();
		}
		return deleted;
	}

	private List<Found> addressedTo(Collection<Long> conversations, Collection<String> names, Collection<Long> accounts) {
		StringBuilder where = new StringBuilder("r.conversation_id in (:conversations)");
		List<String> patterns = names.stream().map(ReplyErasure::containing).toList();
		for (int i = 0; i < patterns.size(); i++) {
			where.append(" or (lower(r.body) like :name").append(i).append(" escape '\\'")
				.append(" or exists (select 1 from inbox_message m where m.reply_id = r.id and lower(m.body) like :name")
				.append(i).append(" escape '\\'))");
		}
		JdbcClient.StatementSpec query = jdbc.sql("""
				select r.id, r.approval_id, r.conversation_id, r.status, r.outbox_id
				from inbox_reply r join inbox_conversation c on c.id = r.conversation_id
				where c.account_id in (:accounts) and r.status <> 'CANCELLED' and (%s)
				order by r.id
				""".formatted(where))
			.param("accounts", accounts)
			.param("conversations", conversations.isEmpty() ? List.of(-1L) : conversations);
		for (int i = 0; i < patterns.size(); i++) {
			query = query.param("name" + i, patterns.get(i));
		}
		return query.query((row, n) -> new Found(row.getLong("id"), row.getLong("approval_id"),
				row.getLong("conversation_id"), ReplyStatus.valueOf(row.getString("status")),
				(Long) row.getObject("outbox_id", Long.class)))
			.list();
	}

	/** A {@code like} pattern for text that contains the name, with the pattern's own characters escaped. */
	static String containing(String name) {
		String escaped = name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
