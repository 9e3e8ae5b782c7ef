package no.samtale.channels.internal.x;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Account;
import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.channels.PlatformRefusal;

/**
 * X through API v2: a public reply ({@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}) where X's rule
 * allows it, a direct message to a correspondent or to a post's author, and posts. X has no idempotency key and no
 * native scheduling. A post X refuses as duplicate content was most likely made by an earlier attempt of the same
 * delivery: it is looked up on the account's timeline and counted as done. After an attempt with no answer the
 * outbox asks {@link #earlierDelivery} first, which reads the timeline (or the DM conversation) back.
 */
@Component
class XConnector implements ChannelConnector {

	private final XAccounts xAccounts;

	private final XApi api;

	private final XTimeline timeline;

	XConnector(XAccounts xAccounts, XApi api, XTimeline timeline) {
		this.xAccounts = xAccounts;
		this.api = api;
		this.timeline = timeline;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.X;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return platform == Platform.X
				? EnumSet.of(Capability.RECEIVE, Capability.REPLY, Capability.REPLY_PRIVATELY, Capability.PUBLISH,
						Capability.FIGURES)
				: Set.of();
	}

	@Override
	public Optional<PlatformRefusal> refusal(Account account, OutboundAction action, String targetExternalId,
			String body) {
		Optional<String> tooLong = XReplyRule.aPostHasAtMost280Characters(body);
		if (tooLong.isPresent()) {
			return Optional.of(new PlatformRefusal("body", tooLong.get()));
		}
		if (action == OutboundAction.REPLY && targetExternalId != null) {
			return XReplyRule.aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(
					xAccounts.post(account.id(), targetExternalId))
				.map(reason -> new PlatformRefusal("visibility", reason));
		}
		return Optional.empty();
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		XAccounts.XAccount account = account(delivery);
		String token = token(account);
		Optional<PlatformRefusal> refused = refusal(delivery.account(), delivery.action(), delivery.targetExternalId(),
				delivery.body());
		if (refused.isPresent()) {
			throw DeliveryFailure.permanent(refused.get().reason());
		}
		try {
			return act(delivery, account, token);
		}
		catch (DeliveryFailure failure) {
			if (!failure.credentialsRejected()) {
				throw failure;
			}
			// A two-hour token may have ended early (revoked, rotated elsewhere): one refresh, one more try.
			return act(delivery, account, xAccounts.tokenAfterRejection(account.accountId(), token));
		}
	}

	private String act(OutboundDelivery delivery, XAccounts.XAccount account, String token) throws DeliveryFailure {
		try {
			return switch (delivery.action()) {
				case REPLY -> id(api.post(account.accountId(), "/tweets", Map.of("text", delivery.body(), "reply",
						Map.of("in_reply_to_tweet_id", postId(delivery.targetExternalId()))), token), "id");
				case PUBLISH -> id(api.post(account.accountId(), "/tweets", Map.of("text", delivery.body()), token), "id");
				case MESSAGE, REPLY_PRIVATELY -> "dm:" + id(api.post(account.accountId(), "/dm_conversations/with/"
						+ correspondent(delivery) + "/messages", Map.of("text", delivery.body()), token), "dm_event_id");
				default -> throw DeliveryFailure.permanent("X cannot " + delivery.action() + " through Samtale");
			};
		}
		catch (XFailures.Duplicate duplicate) {
			// Only the account's own earlier post of this text makes X say so; find it rather than fail.
			return timeline.ownPost(account, token, delivery, Instant.now().minusSeconds(7 * 24 * 3600))
				.orElseThrow(() -> DeliveryFailure.permanent("X refused the text as a duplicate of an older post"));
		}
	}

	@Override
	public Optional<String> earlierDelivery(OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		XAccounts.XAccount account = account(delivery);
		String token = token(account);
		return switch (delivery.action()) {
			case REPLY, PUBLISH -> timeline.ownPost(account, token, delivery, since);
			case MESSAGE, REPLY_PRIVATELY -> timeline.ownMessage(account, token, correspondent(delivery), delivery,
					since).map(id -> "dm:" + id);
			default -> Optional.empty();
		};
	}

	private XAccounts.XAccount account(OutboundDelivery delivery) throws DeliveryFailure {
		return xAccounts.of(delivery.account().id())
			.orElseThrow(() -> DeliveryFailure.permanent("The account is not connected to an X user yet"));
	}

	private String token(XAccounts.XAccount account) throws DeliveryFailure {
		return xAccounts.token(account.accountId());
	}

	/** Whom a direct message goes to: the correspondent of a DM thread, or the author of a post. */
	private String correspondent(OutboundDelivery delivery) throws DeliveryFailure {
		String target = delivery.targetExternalId() == null ? "" : delivery.targetExternalId();
		if (target.startsWith("dm:") && XIds.valid(target.substring(3))) {
			return target.substring(3);
		}
		return xAccounts.authorOf(delivery.account().id(), target)
			.orElseThrow(() -> DeliveryFailure.permanent("The post's author is not known to Samtale"));
	}

	private static String postId(String target) throws DeliveryFailure {
		if (!XIds.valid(target)) {
			throw DeliveryFailure.permanent("The target is not an X post id");
		}
		return target;
	}

	private static String id(JsonNode answer, String field) throws DeliveryFailure {
		String id = answer.path("data").path(field).asString("");
		if (id.isEmpty()) {
			throw DeliveryFailure.outcomeUnknown("X answered without the id of what it made");
		}
		return id;
	}

}
