package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.PollingConnector;

/**
 * The reconciliation beside the webhook, which can stop silently: reads the account's mentions newer than the
 * cursor, X's {@code since_id} ({@code GET /2/users/:id/mentions}), newest page first, and hands each to the intake,
 * which stores a post seen by webhook too only once. The cursor moves only once every page down to it was read, so
 * a poll that fails half-way reads them again next time. Polled every 5 minutes at most: 3 reads of the
 * endpoint's 15-minute window per account, far inside X's limit.
 */
@Component
class XMentionPoll implements PollingConnector {

	private static final Logger log = LoggerFactory.getLogger(XMentionPoll.class);

	/** Pages per poll, 100 posts each: a day's outage of a busy account fits in one poll. */
	static final int MAX_PAGES = 20;

	private final XAccounts xAccounts;

	private final XApi api;

	private final XInbound inbound;

	XMentionPoll(XAccounts xAccounts, XApi api, XInbound inbound) {
		this.xAccounts = xAccounts;
		this.api = api;
		this.inbound = inbound;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.X;
	}

	@Override
	public Duration shortestInterval() {
		return Duration.ofMinutes(5);
	}

	@Override
	public int unitsPerPoll() {
		return 1;
	}

	@Override
	public String poll(Connection connection, String cursor) throws DeliveryFailure {
		long accountId = connection.accountId();
		String userId = connection.externalId();
		String token = xAccounts.token(accountId);
		int fresh = 0;
		String next = null;
		String newest = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			JsonNode answer = api.get(accountId, "/users/" + userId + "/mentions", query(cursor, next), token);
			for (JsonNode post : answer.path("data")) {
				XPosts.Read read = XPosts.post(post, answer.path("includes"), userId, Instant.now());
				if (read != null && inbound.receive(accountId, read)) {
					fresh++;
				}
				String id = post.path("id").asString("");
				newest = XIds.newer(id, newest) ? id : newest;
			}
			next = answer.path("meta").path("next_token").asString(null);
			if (next == null || next.isBlank()) {
				break;
			}
		}
		if (fresh > 0) {
			log.info("X reconciliation found {} mention(s) the webhook had not delivered for account {}", fresh, accountId);
		}
		// X pages from the newest down: the cursor may move only once the pages reached what was read before.
		boolean complete = next == null || next.isBlank();
		return complete && XIds.newer(newest, cursor) ? newest : cursor;
	}

	private static Map<String, String> query(String sinceId, String next) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("max_results", "100");
		query.put("tweet.fields", "created_at,author_id,entities,referenced_tweets,conversation_id");
		query.put("expansions", "author_id,referenced_tweets.id,referenced_tweets.id.author_id");
		if (sinceId != null) {
			query.put("since_id", sinceId);
		}
		if (next != null) {
			query.put("pagination_token", next);
		}
		return query;
	}

}
