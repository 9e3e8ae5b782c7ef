package no.samtale.channels.internal.connect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samtale.channels.DeliveryFailure;

/**
 * The page loop of a {@link PollingConnector}'s reconciliation poll: reads page after page (each page's items go to
 * the intake, which stores each external id once) until the platform says there is no more or {@code maxPages} were
 * read, and says whether every page was read, so the connector moves its cursor only then: a poll that stopped
 * half-way reads the rest next time from the same cursor. What the webhook had missed is logged as a count.
 */
public final class PollPages {

	private static final Logger log = LoggerFactory.getLogger(PollPages.class);

	/** Reads one page: its index from 0 and the token the previous page gave (null on the first). */
	@FunctionalInterface
	public interface PageReader {

		Page read(int index, String pageToken) throws DeliveryFailure;

	}

	/** One page read: how many items were new to Samtale, whether more pages follow, and the token to the next. */
	public record Page(int fresh, boolean more, String nextToken) {

		/** A page whose next page is named by a token (X's {@code next_token}); none or blank is the last. */
		public static Page byToken(int fresh, String nextToken) {
			boolean more = nextToken != null && !nextToken.isBlank();
			return new Page(fresh, more, more ? nextToken : null);
		}

		/** A page of an offset-paged list (LinkedIn's {@code start}/{@code count}): a short page is the last. */
		public static Page byCount(int fresh, int seen, int pageSize) {
			return new Page(fresh, seen >= pageSize, null);
		}

	}

	/** All pages read: how many items were new, and whether the last page was reached. */
	public record Pages(int fresh, boolean complete) {
	}

	private PollPages() {
	}

	/** Reads up to {@code maxPages} pages; {@code platform} names the platform in the log line. */
	public static Pages read(String platform, long accountId, int maxPages, PageReader reader) throws DeliveryFailure {
		int fresh = 0;
		String token = null;
		for (int index = 0; index < maxPages; index++) {
			Page page = reader.read(index, token);
			fresh += page.fresh();
			if (!page.more()) {
				found(platform, accountId, fresh);
				return new Pages(fresh, true);
			}
			token = page.nextToken();
		}
		found(platform, accountId, fresh);
		return new Pages(fresh, false);
	}

	private static void found(String platform, long accountId, int fresh) {
		if (fresh > 0) {
			log.info("{} reconciliation found {} item(s) the webhook had not delivered for account {}", platform, fresh,
					accountId);
		}
	}

}
