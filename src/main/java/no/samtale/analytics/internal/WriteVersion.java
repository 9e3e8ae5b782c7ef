package no.samtale.analytics.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that changes whenever this node writes the facts a cache is computed from, so the cache, keyed by it,
 * computes anew at once here; another node's writes show within the cache's time to live. It changes when the write
 * is made and again when it commits, so figures read in between are not kept.
 */
abstract class WriteVersion {

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
