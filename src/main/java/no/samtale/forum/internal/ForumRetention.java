package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.dialogue.Attachments;
import no.samtale.dialogue.Discussions;
import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;
import no.samtale.privacy.RetentionTarget;

/**
 * The forum is kept unless an admin sets a time. Then discussions without activity for that long are deleted whole
 * (their escalations, reports and attachments too; the search index follows from the deletion event). Anonymising
 * has no meaning here: employees' posts name no citizen.
 */
@Component
class ForumRetention implements RetentionTarget {

	private static final int BATCH = 200;

	private final Discussions discussions;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ForumRetention(Discussions discussions, Attachments attachments, JdbcClient jdbc, TransactionTemplate transactions) {
		this.discussions = discussions;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "forum discussions";
	}

	@Override
	public RetentionCategory category() {
		return RetentionCategory.FORUM;
	}

	@Override
	public Set<RetentionAction> actions() {
		return Set.of(RetentionAction.DELETE);
	}

	@Override
	public int countExpired(Instant cutoff) {
		return discussions.countInactiveSince(cutoff);
	}

	@Override
	public int expire(Instant cutoff, RetentionAction action) {
		int total = 0;
		List<Long> batch;
		while (!(batch = discussions.inactiveSince(cutoff, BATCH)).isEmpty()) {
			List<Long> ids = batch;
			transactions.executeWithoutResult(status -> ids.forEach(this::delete));
			total += ids.size();
		}
		return total;
	}

	private void delete(long discussionId) {
		for (String table : List.of("forum_report", "forum_escalation")) {
			jdbc.sql("delete from " + table + " where discussion_id = :id").param("id", discussionId).update();
		}
		discussions.delete(discussionId, attachments);
	}

}
