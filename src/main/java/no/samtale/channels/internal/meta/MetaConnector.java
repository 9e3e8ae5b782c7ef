package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * Facebook Pages and Instagram through the Graph API. A public reply answers the thread's top comment, a private
 * reply goes through Messenger to the comment's author ({@code recipient.comment_id}; Meta allows one per
 * comment, within 7 days), a message answers inside Messenger's 24-hour window.
 *
 * <p>Exactly once: the outbox never calls {@link #deliver} again after it succeeded. If the process dies after
 * Meta acted but before the outbox recorded it, or Meta's answer is lost, the next attempt first looks for what the
 * earlier one made ({@link MetaEarlierDeliveries}), since the Graph API takes no idempotency key.
 */
@Component
class MetaConnector implements ChannelConnector {

	private static final Pattern GRAPH_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");

	private final MetaSettings settings;

	private final MetaPages pages;

	private final GraphApi graph;

	private final JsonMapper json;

	private final MetaEarlierDeliveries earlier;

	MetaConnector(MetaSettings settings, MetaPages pages, GraphApi graph, JsonMapper json,
			MetaEarlierDeliveries earlier) {
		this.settings = settings;
		this.pages = pages;
		this.graph = graph;
		this.json = json;
		this.earlier = earlier;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.META;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		if (platform != Platform.FACEBOOK && platform != Platform.INSTAGRAM) {
			return Set.of();
		}
		Set<Capability> capabilities = EnumSet.of(Capability.RECEIVE, Capability.REPLY, Capability.REPLY_PRIVATELY,
				Capability.HIDE, Capability.DELETE);
		// Instagram publishes only a post with an image (a container, then media_publish; a post of text alone is
		// refused at delivery), has no scheduling, and its insights are not pulled yet.
		capabilities.add(Capability.PUBLISH);
		if (platform == Platform.FACEBOOK) {
			capabilities.add(Capability.SCHEDULE);
			capabilities.add(Capability.FIGURES);
		}
		return capabilities;
	}

	@Override
	public Optional<String> earlierDelivery(OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		Page page = page(delivery);
		return earlier.find(delivery, page, token(page), since);
	}

	private Page page(OutboundDelivery delivery) throws DeliveryFailure {
		if (!settings.configured()) {
			throw DeliveryFailure.notConfigured("Meta is not configured on this server (SAMTALE_META_APP_SECRET is unset)");
		}
		return pages.of(delivery.account().id())
			.orElseThrow(() -> DeliveryFailure.permanent("The account is not connected to a Meta page yet")
				.because(DeliveryFailure.Reason.NOT_CONNECTED));
	}

	private String token(Page page) throws DeliveryFailure {
		try {
			return pages.token(page.accountId()).orElseThrow();
		}
		catch (IllegalStateException e) {
			throw new DeliveryFailure(e.getMessage() + "; reconnect the account", true, null, null, true);
		}
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		Page page = page(delivery);
		long accountId = page.accountId();
		String token = token(page);
		String target = delivery.targetExternalId();
		boolean instagram = page.kind() == PageKind.INSTAGRAM;
		return switch (delivery.action()) {
			case REPLY -> id(graph.post(accountId, "/" + id(target) + (instagram ? "/replies" : "/comments"),
					Map.of("message", delivery.body()), token), "id");
			case REPLY_PRIVATELY -> id(graph.post(accountId, "/" + page.pageId() + "/messages",
					message(Map.of("comment_id", id(target)), delivery.body(), null), token), "message_id");
			case MESSAGE -> id(graph.post(accountId, "/" + page.pageId() + "/messages",
					message(Map.of("id", id(target)), delivery.body(), "RESPONSE"), token), "message_id");
			case HIDE, UNHIDE -> {
				String hidden = String.valueOf(delivery.action() == no.samtale.channels.OutboundAction.HIDE);
				graph.post(accountId, "/" + id(target), Map.of(instagram ? "hide" : "is_hidden", hidden), token);
				yield null;
			}
			case DELETE -> {
				graph.delete(accountId, "/" + id(target), token);
				yield null;
			}
			case PUBLISH -> instagram ? instagramPost(delivery, page, token)
					: delivery.media() != null ? photoPost(delivery, page, token, false)
					: id(graph.post(accountId, "/" + page.pageId() + "/feed", Map.of("message", delivery.body()), token),
							"id");
			case SCHEDULE -> delivery.media() != null && !instagram ? photoPost(delivery, page, token, true)
					: id(graph.post(accountId, "/" + page.pageId() + "/feed", scheduled(delivery, instagram), token),
							"id");
		};
	}

	/**
	 * A Facebook page's photo post: Meta fetches the image from its public address. Its answer names the photo
	 * ({@code id}) and the post in the feed ({@code post_id}); the post is what comments and the first comment go
	 * under.
	 */
	private String photoPost(OutboundDelivery delivery, Page page, String token, boolean scheduled)
			throws DeliveryFailure {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("url", delivery.media().url());
		form.put("caption", delivery.body());
		if (!delivery.media().altText().isBlank()) {
			form.put("alt_text_custom", delivery.media().altText());
		}
		if (scheduled) {
			form.putAll(scheduled(delivery, false));
			form.remove("message");
		}
		JsonNode answer = graph.post(page.accountId(), "/" + page.pageId() + "/photos", form, token);
		String post = id(answer, "post_id");
		return post != null ? post : id(answer, "id");
	}

	/**
	 * Instagram publishes in two steps: a media container made from the image's public address, then
	 * {@code media_publish} of that container. Only the second is visible; a container left behind by a failed
	 * attempt expires unpublished, so a repeated first step does no harm.
	 */
	private String instagramPost(OutboundDelivery delivery, Page page, String token) throws DeliveryFailure {
		if (delivery.media() == null) {
			throw DeliveryFailure.permanent("Instagram takes only posts with an image");
		}
		Map<String, String> container = new LinkedHashMap<>();
		container.put("image_url", delivery.media().url());
		container.put("caption", delivery.body());
		if (!delivery.media().altText().isBlank()) {
			container.put("alt_text", delivery.media().altText());
		}
		String creation = id(graph.post(page.accountId(), "/" + page.pageId() + "/media", container, token), "id");
		if (creation == null) {
			throw DeliveryFailure.transientFailure("Instagram made no media container");
		}
		return id(graph.post(page.accountId(), "/" + page.pageId() + "/media_publish", Map.of("creation_id", creation),
				token), "id");
	}

	/** An unpublished post that Meta publishes at {@code scheduled_publish_time} (Unix seconds). */
	private static Map<String, String> scheduled(OutboundDelivery delivery, boolean instagram) throws DeliveryFailure {
		if (instagram || delivery.publishAt() == null) {
			throw DeliveryFailure.permanent("Only a Facebook page can schedule a post, and only with a time");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("message", delivery.body());
		form.put("published", "false");
		form.put("scheduled_publish_time", String.valueOf(delivery.publishAt().getEpochSecond()));
		return form;
	}

	private Map<String, String> message(Map<String, String> recipient, String body, String messagingType) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("recipient", json.writeValueAsString(recipient));
		form.put("message", json.writeValueAsString(Map.of("text", body)));
		if (messagingType != null) {
			form.put("messaging_type", messagingType);
		}
		return form;
	}

	private static String id(String target) throws DeliveryFailure {
		if (target == null || !GRAPH_ID.matcher(target).matches()) {
			throw DeliveryFailure.permanent("The target is not a Meta id");
		}
		return target;
	}

	private static String id(JsonNode answer, String field) {
		String id = answer.path(field).asString("");
		return id.isEmpty() ? null : id;
	}

}
