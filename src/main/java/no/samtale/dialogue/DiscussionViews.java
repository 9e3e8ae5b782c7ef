package no.samtale.dialogue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.platform.ExpiringCache;

/**
 * A discussion's views: each reader counts once per discussion per day (the rows of {@code dialogue_view}, from which
 * the spaces' figures are read, and the discussion's {@code view_count}).
 */
@Service
public class DiscussionViews {

	/** Views are counted per calendar day in Norway, where the readers are. */
	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	/**
	 * The views this node knows are counted (reader, discussion, day): a reader who reloads a page, or comes back to
	 * it the same day, costs no write transaction. A view counted on another node is found in the database once and
	 * then remembered here too.
	 */
	private final ExpiringCache<String, Boolean> counted = new ExpiringCache<>(Duration.ofHours(1), 200_000);

	/** Views this node has counted since it started, after their commit (see {@link #countedHere()}). */
	private final AtomicLong countedHere = new AtomicLong();

	DiscussionViews(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts a reader once per discussion per day, however often they reload, and says whether this view counted.
	 * The row and the counter change in one short transaction of their own (one commit, not two, on the busiest
	 * write of the forum). A lost race ends in a duplicate key that rolls back only that transaction.
	 */
	public boolean record(long discussionId, long userId) {
		LocalDate day = LocalDate.now(OSLO);
		String key = discussionId + ":" + userId + ":" + day;
		if (counted.get(key, known -> null) != null) {
			return false;
		}
		boolean first;
		try {
			first = Boolean.TRUE.equals(ownTransaction.execute(status -> {
				int inserted = jdbc.sql("""
						insert into dialogue_view (discussion_id, user_id, view_day)
						select :discussion, :user, :day
						where not exists (select 1 from dialogue_view where discussion_id = :discussion and user_id = :user and view_day = :day)
						""")
					.param("discussion", discussionId)
					.param("user", userId)
					.param("day", day)
					.update();
				if (inserted == 1) {
					jdbc.sql("update dialogue_discussion set view_count = view_count + 1 where id = :id")
						.param("id", discussionId)
						.update();
				}
				return inserted == 1;
			}));
		}
		catch (DuplicateKeyException sameReaderSameDay) {
			// Another request of the same reader counted this view already.
			first = false;
		}
		counted.get(key, known -> Boolean.TRUE);
		if (first) {
			countedHere.incrementAndGet();
		}
		return first;
	}

	/**
	 * How many views this node has counted since it started, each once its row is committed: figures read from the
	 * views and kept for a while (the forum's monthly figures) are kept under this number, so a view counted here shows
	 * in them at once.
	 */
	public long countedHere() {
		return countedHere.get();
	}

}
