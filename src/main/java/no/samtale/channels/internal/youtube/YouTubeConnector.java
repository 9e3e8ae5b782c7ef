package no.samtale.channels.internal.youtube;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Account;
import no.samtale.channels.Capability;
import no.samtale.channels.CapabilityReason;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.Connections;

/**
 * A YouTube channel through the Data API v3: a public reply answers the thread's top-level comment
 * ({@code comments.insert}, 50 units); hiding holds a comment for review, showing publishes it again, and deleting
 * rejects it ({@code comments.setModerationStatus}, 50 units), which removes it with its replies from view. YouTube
 * has no private messages. A post is a video uploaded by {@link YouTubeVideoPosts} (scheduled natively with
 * {@code publishAt}); a post's first comment starts a thread under its video ({@code commentThreads.insert}, 50 units),
 * and deleting a video that is not out yet withdraws it.
 *
 * <p>YouTube takes no idempotency key: after an attempt whose outcome is unknown (a timeout) the outbox asks
 * {@link #earlierDelivery}, which reads the replies under the comment ({@code comments.list}, 1 unit) for the
 * channel's own reply with the same text made since the attempt, before anything is sent again.
 */
@Component
class YouTubeConnector implements ChannelConnector {

	/** YouTube's longest comment. */
	static final int MAX_COMMENT = 10_000;

	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private static final Pattern COMMENT_ID = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

	private final YouTubeApi api;

	private final Connections connections;

	private final YouTubeVideoPosts videos;

	YouTubeConnector(YouTubeApi api, Connections connections, YouTubeVideoPosts videos) {
		this.api = api;
		this.connections = connections;
		this.videos = videos;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.YOUTUBE;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return platform == Platform.YOUTUBE
				? EnumSet.of(Capability.RECEIVE, Capability.REPLY, Capability.HIDE, Capability.DELETE, Capability.FIGURES,
						Capability.PUBLISH, Capability.SCHEDULE)
				: Set.of();
	}

	/** A channel publishes only once it is connected: the calendar says so before a post goes to approval. */
	@Override
	public Set<Capability> capabilities(Account account) {
		Set<Capability> can = EnumSet.noneOf(Capability.class);
		can.addAll(capabilities(account.platform()));
		if (!can.isEmpty() && connections.of(account.id()).isEmpty()) {
			can.remove(Capability.PUBLISH);
			can.remove(Capability.SCHEDULE);
		}
		return can;
	}

	@Override
	public Map<Capability, CapabilityReason> unavailable(Account account) {
		Map<Capability, CapabilityReason> reasons = new EnumMap<>(Capability.class);
		reasons.put(Capability.REPLY_PRIVATELY, CapabilityReason.NOT_ON_PLATFORM);
		if (account.platform() == Platform.YOUTUBE && connections.of(account.id()).isEmpty()) {
			reasons.put(Capability.PUBLISH, CapabilityReason.NOT_CONNECTED);
			reasons.put(Capability.SCHEDULE, CapabilityReason.NOT_CONNECTED);
		}
		if (account.platform() != Platform.YOUTUBE) {
			for (Capability capability : Capability.values()) {
				reasons.put(capability, CapabilityReason.NOT_ON_PLATFORM);
			}
		}
		return reasons;
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		Connection connection = connection(delivery);
		long account = connection.accountId();
		if (delivery.action() == OutboundAction.PUBLISH || delivery.action() == OutboundAction.SCHEDULE) {
			return videos.upload(account, delivery, Instant.now());
		}
		String target = id(delivery.targetExternalId());
		if (YouTubeVideoPosts.isVideoId(target)) {
			return onVideo(account, target, delivery);
		}
		return switch (delivery.action()) {
			case REPLY -> {
				if (delivery.body().length() > MAX_COMMENT) {
					throw DeliveryFailure.permanent("YouTube takes comments of at most " + MAX_COMMENT + " characters");
				}
				JsonNode created = api.post(account, "/comments", Map.of("part", "snippet"), Map.of("snippet",
						Map.of("parentId", topLevel(target), "textOriginal", delivery.body())));
				String id = created.path("id").asString("");
				yield id.isEmpty() ? null : id;
			}
			case HIDE -> moderate(account, target, "heldForReview");
			case UNHIDE -> moderate(account, target, "published");
			case DELETE -> moderate(account, target, "rejected");
			default -> throw DeliveryFailure.permanent("YouTube cannot " + delivery.action());
		};
	}

	/** A post's video: its first comment starts a thread under it; deleting withdraws a video not out yet. */
	private String onVideo(long account, String video, OutboundDelivery delivery) throws DeliveryFailure {
		if (delivery.action() == OutboundAction.DELETE) {
			videos.delete(account, video);
			return null;
		}
		if (delivery.action() != OutboundAction.REPLY) {
			throw DeliveryFailure.permanent("YouTube cannot " + delivery.action() + " a video here");
		}
		if (delivery.body().length() > MAX_COMMENT) {
			throw DeliveryFailure.permanent("YouTube takes comments of at most " + MAX_COMMENT + " characters");
		}
		JsonNode created = api.post(account, "/commentThreads", Map.of("part", "snippet"), Map.of("snippet",
				Map.of("videoId", video, "topLevelComment", Map.of("snippet", Map.of("textOriginal", delivery.body())))));
		String id = created.path("id").asString("");
		return id.isEmpty() ? null : id;
	}

	private String moderate(long account, String target, String status) throws DeliveryFailure {
		api.post(account, "/comments/setModerationStatus", Map.of("id", target, "moderationStatus", status), null);
		return null;
	}

	@Override
	public Optional<String> earlierDelivery(OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		if (delivery.action() == OutboundAction.PUBLISH || delivery.action() == OutboundAction.SCHEDULE) {
			return videos.uploaded(connection(delivery).accountId(), delivery, since.minus(CLOCK_SKEW));
		}
		if (delivery.action() != OutboundAction.REPLY) {
			// Setting a moderation status twice leaves it as once; a video deleted twice is deleted.
			return Optional.empty();
		}
		Connection connection = connection(delivery);
		if (YouTubeVideoPosts.isVideoId(delivery.targetExternalId())) {
			JsonNode threads = api.get(connection.accountId(), "/commentThreads", Map.of("part", "snippet", "videoId",
					delivery.targetExternalId(), "maxResults", "100", "textFormat", "plainText"));
			return ownReply(topLevelComments(threads), connection.externalId(), delivery.body(),
					since.minus(CLOCK_SKEW));
		}
		JsonNode replies = api.get(connection.accountId(), "/comments", Map.of("part", "snippet", "parentId",
				topLevel(id(delivery.targetExternalId())), "maxResults", "100", "textFormat", "plainText"));
		return ownReply(replies, connection.externalId(), delivery.body(), since.minus(CLOCK_SKEW));
	}

	/** The channel's own reply with this text (ends stripped) published at or after {@code from}. */
	static Optional<String> ownReply(JsonNode replies, String channelId, String text, Instant from) {
		for (JsonNode reply : replies.path("items")) {
			JsonNode snippet = reply.path("snippet");
			boolean own = channelId.equals(snippet.path("authorChannelId").path("value").asString(""));
			boolean same = text.strip().equals(snippet.path("textOriginal").asString("").strip());
			Instant published;
			try {
				published = Instant.parse(snippet.path("publishedAt").asString(""));
			}
			catch (DateTimeParseException unreadable) {
				continue;
			}
			if (own && same && !published.isBefore(from) && !reply.path("id").asString("").isEmpty()) {
				return Optional.of(reply.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/** A video's threads as a list of their top-level comments, which {@link #ownReply} reads. */
	private static JsonNode topLevelComments(JsonNode threads) {
		tools.jackson.databind.node.ArrayNode items = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		for (JsonNode thread : threads.path("items")) {
			items.add(thread.path("snippet").path("topLevelComment"));
		}
		return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("items", items);
	}

	/** A reply's id is its thread's top-level comment id, a dot, and its own part; YouTube threads one level deep. */
	static String topLevel(String commentId) {
		int dot = commentId.indexOf('.');
		return dot < 0 ? commentId : commentId.substring(0, dot);
	}

	private Connection connection(OutboundDelivery delivery) throws DeliveryFailure {
		return connections.of(delivery.account().id())
			.orElseThrow(() -> new DeliveryFailure("The account is not connected to a YouTube channel yet", true, null,
					null, true));
	}

	private static String id(String target) throws DeliveryFailure {
		if (target == null || !COMMENT_ID.matcher(target).matches()) {
			throw DeliveryFailure.permanent("The target is not a YouTube comment id");
		}
		return target;
	}

}
