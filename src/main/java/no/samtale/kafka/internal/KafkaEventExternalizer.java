package no.samtale.kafka.internal;

import java.util.concurrent.CompletableFuture;

import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Modulith's externalizer, run on a thread of its own instead of the executor every module's listeners share.
 * <p>
 * Why: a listener that returns a future holds its thread until the future ends (Spring's {@code @Async} waits on it),
 * so on the shared executor every event in flight to Kafka held a thread the inbox's threading and the other modules
 * needed; with {@code serializeExternalization} each waiting event held one more, blocked on Modulith's semaphore. The
 * send's outcome was recorded on that same executor, so once every thread waited for the semaphore, the task that
 * would release it could never run: all module listeners stopped for good (the first fault test, with Kafka away).
 * Here one thread hands the events over in the order they were committed, one at a time, waiting for Kafka's answer,
 * and nothing else runs on it; the answers are recorded on another thread ({@link KafkaSender}), so it never waits on
 * itself. No transaction is held while it waits. Each event goes only in its key's turn ({@link InOrder}).
 */
class KafkaEventExternalizer extends DelegatingEventExternalizer {

	KafkaEventExternalizer(EventExternalizationConfiguration selection, InOrder inOrder) {
		super(selection, (target, payload) -> inOrder.send((Outgoing) payload));
	}

	@Override
	@Async(KafkaExternalization.HANDOVER)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@TransactionalEventListener
	public CompletableFuture<?> externalize(Object event) {
		return super.externalize(event);
	}

}
