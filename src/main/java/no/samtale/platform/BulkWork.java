package no.samtale.platform;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bounded share of the database for background work in bulk (a listener of an event that carries a batch, such
 * as threading a burst of webhook comments): at most {@value #SHARE} such transactions run at once on a node, so a
 * burst's processing never holds more than that many of the pool's connections, and the webhook's writer and the
 * pages' requests always find one. A listener that waits for its turn holds no connection while it waits: it is
 * declared without a transaction of its own ({@code @Async @TransactionalEventListener}) and opens one here.
 * While the intake is in a burst ({@link IntakePressure}) it waits for the burst to pass before taking a turn.
 */
@Component
public class BulkWork {

	/** Of the pool's ten connections; with the webhook poller's one, background bulk work holds at most three. */
	static final int SHARE = 2;

	private final Semaphore turns = new Semaphore(SHARE, true);

	private final TransactionTemplate transaction;

	private final IntakePressure pressure;

	BulkWork(PlatformTransactionManager transactions, IntakePressure pressure) {
		this.pressure = pressure;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs the work in a transaction of its own once a turn is free; what it throws is thrown on. */
	public void inTransaction(Runnable work) {
		try {
			pressure.awaitCalm();
			turns.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a turn at the database", e);
		}
		try {
			transaction.executeWithoutResult(status -> work.run());
		}
		finally {
			turns.release();
		}
	}

}
