package no.samtale.channels.internal.linkedin;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

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
 * LinkedIn organization pages through the Community Management API: replies to comments as the organization
 * ({@code POST /socialActions/{comment}/comments} with {@code parentComment}) and posts ({@code POST /posts}, whose
 * id comes back in the {@code x-restli-id} header). LinkedIn's API has no private messages for pages and no hiding
 * of comments, so the account has neither capability. A post's text is escaped as little text, a comment's is not.
 * A {@code DUPLICATE_POST}, or an attempt with no answer, is settled by reading back ({@link LinkedInReadBack}).
 */
@Component
class LinkedInConnector implements ChannelConnector {

	/** LinkedIn's longest comment and post texts. */
	static final int MAX_COMMENT = 1250;

	static final int MAX_POST = 3000;

	private final LinkedInAccounts organizations;

	private final LinkedInApi api;

	private final LinkedInReadBack readBack;

	LinkedInConnector(LinkedInAccounts organizations, LinkedInApi api, LinkedInReadBack readBack) {
		this.organizations = organizations;
		this.api = api;
		this.readBack = readBack;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.LINKEDIN;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return platform == Platform.LINKEDIN
				? EnumSet.of(Capability.RECEIVE, Capability.REPLY, Capability.PUBLISH, Capability.FIGURES)
				: Set.of();
	}

	/** Whether LinkedIn last answered this account that the configured {@code LinkedIn-Version} is retired. */
	boolean versionRetired(long accountId) {
		return api.versionRetired(accountId);
	}

	@Override
	public Optional<PlatformRefusal> refusal(Account account, OutboundAction action, String targetExternalId,
			String body) {
		int max = action == OutboundAction.PUBLISH ? MAX_POST : MAX_COMMENT;
		int length = body == null ? 0 : body.codePointCount(0, body.length());
		return length > max ? Optional.of(new PlatformRefusal("body",
				"LinkedIn takes at most " + max + " characters here; this is " + length)) : Optional.empty();
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		LinkedInAccounts.Organization organization = organization(delivery);
		String token = token(organization);
		Optional<PlatformRefusal> refused = refusal(delivery.account(), delivery.action(), null, delivery.body());
		if (refused.isPresent()) {
			throw DeliveryFailure.permanent(refused.get().reason());
		}
		try {
			return switch (delivery.action()) {
				case REPLY -> created(api.post(organization.accountId(), "/socialActions/"
						+ LinkedInApi.encode(target(delivery)) + "/comments", comment(organization, delivery), token));
				case PUBLISH -> created(api.post(organization.accountId(), "/posts", post(organization, delivery), token));
				default -> throw DeliveryFailure.permanent("LinkedIn cannot " + delivery.action() + " through its API");
			};
		}
		catch (LinkedInFailures.Duplicate duplicate) {
			return readBack.find(organization, token, delivery, Instant.now().minusSeconds(7 * 24 * 3600))
				.orElseThrow(() -> DeliveryFailure.permanent("LinkedIn refused the post as a duplicate of an older one"));
		}
	}

	@Override
	public Optional<String> earlierDelivery(OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		LinkedInAccounts.Organization organization = organization(delivery);
		return readBack.find(organization, token(organization), delivery, since);
	}

	private static Map<String, Object> comment(LinkedInAccounts.Organization organization, OutboundDelivery delivery)
			throws DeliveryFailure {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("actor", organization.urn());
		String post = LinkedInNotifications.postOf(target(delivery));
		body.put("object", post == null ? target(delivery) : post);
		body.put("message", Map.of("text", delivery.body()));
		if (post != null) {
			body.put("parentComment", target(delivery));
		}
		return body;
	}

	static Map<String, Object> post(LinkedInAccounts.Organization organization, OutboundDelivery delivery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("author", organization.urn());
		body.put("commentary", LittleText.escape(delivery.body()));
		body.put("visibility", "PUBLIC");
		body.put("distribution", Map.of("feedDistribution", "MAIN_FEED", "targetEntities", List.of(),
				"thirdPartyDistributionChannels", List.of()));
		body.put("lifecycleState", "PUBLISHED");
		body.put("isReshareDisabledByAuthor", false);
		return body;
	}

	/** LinkedIn names what it made in the {@code x-restli-id} header; a comment's body may carry it too. */
	private static String created(LinkedInApi.Answer answer) throws DeliveryFailure {
		String id = answer.restliId();
		if (id == null || id.isBlank()) {
			id = answer.json().path("$URN").asString(answer.json().path("commentUrn").asString(""));
		}
		if (id.isBlank()) {
			throw DeliveryFailure.outcomeUnknown("LinkedIn answered without the id of what it made");
		}
		return id;
	}

	private static String target(OutboundDelivery delivery) throws DeliveryFailure {
		String target = delivery.targetExternalId();
		if (target == null || !target.startsWith("urn:li:")) {
			throw DeliveryFailure.permanent("The target is not a LinkedIn urn");
		}
		return target;
	}

	private LinkedInAccounts.Organization organization(OutboundDelivery delivery) throws DeliveryFailure {
		return organizations.of(delivery.account().id())
			.orElseThrow(() -> DeliveryFailure.permanent("The account is not connected to a LinkedIn organization yet"));
	}

	private String token(LinkedInAccounts.Organization organization) throws DeliveryFailure {
		return organizations.token(organization.accountId());
	}

}
