package no.samtale.channels.internal.x;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;

/**
 * Reads back what the account made on X, to tell whether an attempt with no answer (or one refused as duplicate
 * content) was carried out: its own posts since the attempt ({@code GET /2/users/:id/tweets}), or its direct
 * messages to the correspondent. A match is the same text, and for a reply the same post answered.
 */
@Component
class XTimeline {

	private final XApi api;

	XTimeline(XApi api) {
		this.api = api;
	}

	Optional<String> ownPost(XAccounts.XAccount account, String token, OutboundDelivery delivery, Instant since)
			throws DeliveryFailure {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("max_results", "100");
		// X's start_time takes whole seconds; a second earlier cannot miss the attempt.
		query.put("start_time", since.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString());
		query.put("tweet.fields", "created_at,referenced_tweets");
		JsonNode answer = api.get(account.accountId(), "/users/" + account.userId() + "/tweets", query, token);
		for (JsonNode post : answer.path("data")) {
			if (sameText(post.path("text").asString(""), delivery.body()) && answers(post, delivery)) {
				return Optional.of(post.path("id").asString());
			}
		}
		return Optional.empty();
	}

	Optional<String> ownMessage(XAccounts.XAccount account, String token, String correspondent,
			OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		JsonNode answer = api.get(account.accountId(), "/dm_conversations/with/" + correspondent + "/dm_events",
				Map.of("dm_event.fields", "sender_id,text,created_at", "max_results", "50"), token);
		for (JsonNode event : answer.path("data")) {
			if (account.userId().equals(event.path("sender_id").asString(""))
					&& sameText(event.path("text").asString(""), delivery.body()) && notBefore(event, since)) {
				return Optional.of(event.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/** A public reply must answer the same post; a post answers none. */
	private static boolean answers(JsonNode post, OutboundDelivery delivery) {
		if (delivery.action() != OutboundAction.REPLY) {
			return true;
		}
		for (JsonNode reference : post.path("referenced_tweets")) {
			if ("replied_to".equals(reference.path("type").asString(""))
					&& reference.path("id").asString("").equals(delivery.targetExternalId())) {
				return true;
			}
		}
		return false;
	}

	/** X keeps the text as sent, apart from white space at its ends. */
	private static boolean sameText(String posted, String sent) {
		return sent != null && posted.strip().equals(sent.strip());
	}

	private static boolean notBefore(JsonNode event, Instant since) {
		try {
			return !Instant.parse(event.path("created_at").asString("")).isBefore(since.truncatedTo(ChronoUnit.SECONDS));
		}
		catch (DateTimeParseException noTime) {
			return true;
		}
	}

}
