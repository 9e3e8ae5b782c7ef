package no.samtale.channels;

import java.util.Set;

/**
 * The plug for one kind of platform. Receiving is push: a connector hands what arrives to {@link Intake}.
 * Everything that leaves goes through the {@link Outbox}, which calls {@link #deliver} from a background task,
 * retries transient failures and never calls it again once it has succeeded.
 */
public interface ChannelConnector {

	ConnectorKind kind();

	/** What this connector can do on the given platform. */
	Set<Capability> capabilities(Platform platform);

	/**
	 * Carries out one delivery and answers the platform's id for what was created (a comment id, a message id),
	 * or null when nothing new was created (hide, delete).
	 */
	String deliver(OutboundDelivery delivery) throws DeliveryFailure;

}
