package no.samtale.channels.internal.x;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.internal.connect.PollPages;

/**
 * Direct messages by polling, for when X's {@code dm.received} webhook does not reach Samtale (no consumer secret
 * set, or the demo's X, which sends no webhooks): reads the account's DM events ({@code GET /2/dm_events}), newest
 * first, down to the newest one read before (X takes no {@code since_id} here, so the pages are walked until an
 * older id shows), and hands each to the intake as a private message, as the webhook would. A first poll reads one
 * page, so connecting does not import years of messages. The cursor moves only once the walk reached what was read.
 */
@Component
class XMessagePoll {

	static final int MAX_PAGES = 10;

	private final XApi api;

	private final XInbound inbound;

	XMessagePoll(XApi api, XInbound inbound) {
		this.api = api;
		this.inbound = inbound;
	}

	/** Reads the messages newer than {@code since} (a DM event id, null at first); answers the cursor to keep. */
	String poll(long accountId, String userId, String token, String since) throws DeliveryFailure {
		String[] newest = { since };
		PollPages.Pages pages = PollPages.read("X direct messages", accountId, since == null ? 1 : MAX_PAGES,
				(index, next) -> {
					JsonNode answer = api.get(accountId, "/dm_events", query(next), token);
					int fresh = 0;
					boolean reachedOld = false;
					for (JsonNode event : answer.path("data")) {
						String id = XPosts.text(event.path("id"));
						if (!XIds.newer(id, since)) {
							reachedOld = true;
							continue;
						}
						newest[0] = XIds.newer(id, newest[0]) ? id : newest[0];
						InboundMessage message = XPosts.directMessage(event, answer.path("includes"), userId,
								Instant.now());
						if (message != null && inbound.receive(accountId, message)) {
							fresh++;
						}
					}
					String nextPage = reachedOld ? null : answer.path("meta").path("next_token").asString(null);
					return PollPages.Page.byToken(fresh, nextPage);
				});
		return pages.complete() || since == null ? newest[0] : since;
	}

	private static Map<String, String> query(String next) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("event_types", "MessageCreate");
		query.put("max_results", "100");
		query.put("dm_event.fields", "id,text,event_type,created_at,sender_id,dm_conversation_id");
		query.put("expansions", "sender_id");
		query.put("user.fields", "name,username");
		if (next != null) {
			query.put("pagination_token", next);
		}
		return query;
	}

}
