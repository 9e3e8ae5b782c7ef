package no.samtale.channels.internal.x;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;

/**
 * The reconciliation beside the webhook, which can stop silently: reads the account's mentions newer than the
 * stored {@code since_id} ({@code GET /2/users/:id/mentions}), oldest page last, and hands each to the intake,
 * which stores a post seen by webhook too only once. The cursor moves only after a page's posts are stored, so a
 * poll that fails half-way reads the rest again next time. Answers how many were new.
 */
@Component
class XMentionPoll {

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

	int poll(long accountId) throws DeliveryFailure {
		XAccounts.XAccount account = xAccounts.of(accountId).orElseThrow();
		String token = xAccounts.token(accountId)
			.orElseThrow(() -> new DeliveryFailure("No X token", true, null, null, true));
		int fresh = 0;
		String next = null;
		String newest = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			JsonNode answer = api.get(accountId, "/users/" + account.userId() + "/mentions", query(account, next), token);
			for (JsonNode post : answer.path("data")) {
				XPosts.Read read = XPosts.post(post, answer.path("includes"), account.userId(), Instant.now());
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
		// X pages from the newest down: the cursor may move only once the pages reached what was read before.
		if (newest != null && (next == null || next.isBlank())) {
			xAccounts.sinceId(accountId, newest);
		}
		if (fresh > 0) {
			log.info("X reconciliation found {} mention(s) the webhook had not delivered for account {}", fresh, accountId);
		}
		return fresh;
	}

	private static Map<String, String> query(XAccounts.XAccount account, String next) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("max_results", "100");
		query.put("tweet.fields", "created_at,author_id,entities,referenced_tweets,conversation_id");
		query.put("expansions", "author_id,referenced_tweets.id,referenced_tweets.id.author_id");
		if (account.sinceId() != null) {
			query.put("since_id", account.sinceId());
		}
		if (next != null) {
			query.put("pagination_token", next);
		}
		return query;
	}

}
