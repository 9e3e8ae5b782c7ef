package no.samtale.channels;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plug for one kind of platform. Receiving is push: a connector hands what arrives to {@link Intake}.
 * Everything that leaves goes through the {@link Outbox}, which calls {@link #deliver} from a background task,
 * retries transient failures and never calls it again once it has succeeded. After an attempt whose outcome is
 * unknown (the process died during the call, or no answer came back) it first asks {@link #earlierDelivery}.
 */
public interface ChannelConnector {

	ConnectorKind kind();

	/** What this connector can do on the given platform. */
	Set<Capability> capabilities(Platform platform);

	/**
	 * What this connector can do for this account, which may be less than its platform allows (an approval tier, a
	 * grant without a scope, no connection yet). By default what the platform allows.
	 */
	default Set<Capability> capabilities(Account account) {
		return capabilities(account.platform());
	}

	/** Why the account cannot do each thing it cannot; by default, the platform does not offer it. */
	default Map<Capability, CapabilityReason> unavailable(Account account) {
		Set<Capability> can = capabilities(account);
		Map<Capability, CapabilityReason> reasons = new EnumMap<>(Capability.class);
		for (Capability capability : Capability.values()) {
			if (!can.contains(capability)) {
				reasons.put(capability, CapabilityReason.NOT_ON_PLATFORM);
			}
		}
		return reasons;
	}

	/**
	 * Carries out one delivery and answers the platform's id for what was created (a comment id, a message id),
	 * or null when nothing new was created (hide, delete).
	 */
	String deliver(OutboundDelivery delivery) throws DeliveryFailure;

	/**
	 * Whether an earlier attempt of this delivery, whose outcome is unknown, reached the platform: the id of what it
	 * created there, or empty when the platform does not have it (then the outbox delivers again). {@code since} is
	 * the earliest an attempt could have been made. The default answers empty: right for a platform that
	 * deduplicates by {@link OutboundDelivery#idempotencyKey()}, and for actions that are safe to repeat.
	 */
	default Optional<String> earlierDelivery(OutboundDelivery delivery, Instant since) throws DeliveryFailure {
		return Optional.empty();
	}

	/**
	 * Why the platform would refuse this action on this target with this text, asked before an advisor's reply
	 * goes to approval so that nobody approves what cannot be sent; empty when it would not. {@code targetExternalId}
	 * may be null when not known yet. The default refuses nothing.
	 */
	default Optional<PlatformRefusal> refusal(Account account, OutboundAction action, String targetExternalId,
			String body) {
		return Optional.empty();
	}

}
