package no.samtale.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed, or at once outside one. For live pushes (SSE): a
 * {@code @TransactionalEventListener} would do the same, but Spring Modulith records a publication row for every
 * such listener, and a push to an open page is not worth a database write per event; what matters is in the
 * database already, and a page that missed a push catches up on its next load.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
