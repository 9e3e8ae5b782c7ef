package no.samtale.analytics.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that changes whenever this node writes reply or conversation facts, so figures cached by it
 * ({@link TeamServiceFigures}) are computed anew at once here; another node's writes show within the cache's time to
 * live. It changes when the write is made and again when it commits, so figures read in between are not kept.
 */
@Component
class FactsVersion {

	private final AtomicLong version = new AtomicLong();

	long current() {
		return version.get();
	}

	void changed() {
		version.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					version.incrementAndGet();
				}

			});
		}
	}

}
