package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.PollPages;
import no.samtale.channels.internal.connect.PollingConnector;

/**
 * The reconciliation beside the webhook, which can stop silently: reads the account's mentions newer than the
 * cursor, X's {@code since_id} ({@code GET /2/users/:id/mentions}), newest page first, and hands each to the intake,
 * which stores a post seen by webhook too only once. The cursor moves only once every page down to it was read, so
 * a poll that fails half-way reads them again next time. Polled every 5 minutes at most: 3 reads of the
 * endpoint's 15-minute window per account, far inside X's limit. Where X's webhooks do not reach Samtale, the same
 * poll reads the direct messages too ({@link XMessagePoll}).
 */
@Component
class XMentionPoll implements PollingConnector {

	/** Pages per poll, 100 posts each: a day's outage of a busy account fits in one poll. */
	static final int MAX_PAGES = 20;

	private final XAccounts xAccounts;

	private final XApi api;

	private final XInbound inbound;

	private final XMessagePoll messages;

	private final XSettings settings;

	XMentionPoll(XAccounts xAccounts, XApi api, XInbound inbound, XMessagePoll messages, XSettings settings) {
		this.xAccounts = xAccounts;
		this.api = api;
		this.inbound = inbound;
		this.messages = messages;
		this.settings = settings;
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
		return pollsMessages() ? 2 : 1;
	}

	/** Without X's webhooks (no consumer secret, or the demo's X, which sends none) DMs come only by polling. */
	boolean pollsMessages() {
		return !settings.webhookConfigured() || settings.fakeApi();
	}

	@Override
	public String poll(Connection connection, String stored) throws DeliveryFailure {
		Cursor both = Cursor.parse(stored);
		String mentions = pollMentions(connection, both.mentions());
		String dms = pollsMessages() ? messages.poll(connection.accountId(), connection.externalId(),
				xAccounts.token(connection.accountId()), both.messages()) : both.messages();
		return new Cursor(mentions, dms).format();
	}

	/**
	 * The poll's cursor: the mentions' {@code since_id}, and the newest DM event read where DMs are polled. Stored as
	 * {@code <mention id>} alone, or {@code <mention id>;dm=<event id>}.
	 */
	record Cursor(String mentions, String messages) {

		static Cursor parse(String stored) {
			if (stored == null) {
				return new Cursor(null, null);
			}
			int at = stored.indexOf(";dm=");
			String mentions = at < 0 ? stored : stored.substring(0, at);
			String messages = at < 0 ? null : stored.substring(at + 4);
			return new Cursor(XIds.valid(mentions) ? mentions : null, XIds.valid(messages) ? messages : null);
		}

		String format() {
			if (messages == null) {
				return mentions;
			}
			return (mentions == null ? "" : mentions) + ";dm=" + messages;
		}

	}

	private String pollMentions(Connection connection, String cursor) throws DeliveryFailure {
		long accountId = connection.accountId();
		String userId = connection.externalId();
		String token = xAccounts.token(accountId);
		String[] newest = { null };
		PollPages.Pages pages = PollPages.read("X", accountId, MAX_PAGES, (index, next) -> {
			JsonNode answer = api.get(accountId, "/users/" + userId + "/mentions", query(cursor, next), token);
			int fresh = 0;
			for (JsonNode post : answer.path("data")) {
				XPosts.Read read = XPosts.post(post, answer.path("includes"), userId, Instant.now());
				if (read != null && inbound.receive(accountId, read)) {
					fresh++;
				}
				String id = post.path("id").asString("");
				newest[0] = XIds.newer(id, newest[0]) ? id : newest[0];
			}
			return PollPages.Page.byToken(fresh, answer.path("meta").path("next_token").asString(null));
		});
		// X pages from the newest down: the cursor may move only once the pages reached what was read before.
		return pages.complete() && XIds.newer(newest[0], cursor) ? newest[0] : cursor;
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
