package no.samtale.channels.internal.linkedin;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;

/**
 * Reads back what the organization made on LinkedIn, to tell whether an attempt with no answer (or one refused as
 * {@code DUPLICATE_POST}) was carried out: its latest posts ({@code GET /posts?q=author}) with the same escaped
 * text, or the comments under the target with the organization as actor and the same text.
 */
@Component
class LinkedInReadBack {

	private final LinkedInApi api;

	LinkedInReadBack(LinkedInApi api) {
		this.api = api;
	}

	Optional<String> find(LinkedInAccounts.Organization organization, String token, OutboundDelivery delivery,
			Instant since) throws DeliveryFailure {
		if (delivery.action() == OutboundAction.PUBLISH) {
			String expected = LittleText.escape(delivery.body()).strip();
			JsonNode posts = api.get(organization.accountId(), "/posts", "author=" + LinkedInApi.encode(organization.urn())
					+ "&q=author&count=50&sortBy=LAST_MODIFIED", token).json();
			for (JsonNode post : posts.path("elements")) {
				if (expected.equals(post.path("commentary").asString("").strip()) && notBefore(post, since)) {
					return Optional.of(post.path("id").asString());
				}
			}
			return Optional.empty();
		}
		if (delivery.action() != OutboundAction.REPLY || delivery.targetExternalId() == null) {
			return Optional.empty();
		}
		JsonNode comments = api.get(organization.accountId(), "/socialActions/"
				+ LinkedInApi.encode(delivery.targetExternalId()) + "/comments", "count=100", token).json();
		for (JsonNode comment : comments.path("elements")) {
			if (organization.urn().equals(comment.path("actor").asString(""))
					&& delivery.body().strip().equals(comment.path("message").path("text").asString("").strip())) {
				String id = comment.path("commentUrn").asString(comment.path("$URN").asString(""));
				return id.isBlank() ? Optional.empty() : Optional.of(id);
			}
		}
		return Optional.empty();
	}

	/** Whether a post was made at or after {@code since} (a week earlier for a duplicate); LinkedIn says in ms. */
	private static boolean notBefore(JsonNode post, Instant since) {
		long created = post.path("createdAt").asLong(0);
		return created == 0 || !Instant.ofEpochMilli(created).isBefore(since.minusSeconds(1));
	}

}
