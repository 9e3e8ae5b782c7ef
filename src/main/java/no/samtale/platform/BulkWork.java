package no.samtale.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bounded share of the node for background work in bulk (a listener of an event that carries a batch, such as
 * threading a burst of webhook comments). Such listeners run on threads of their own,
 * {@code @Async(BulkWork.EXECUTOR) @TransactionalEventListener}, {@value #SHARE} of them, so a burst's processing
 * never holds more than that many of the pool's connections and the webhook's writer and the pages' requests always
 * find one. While the intake is in a burst ({@link IntakePressure}) the work waits for the burst to pass, and since
 * it waits on these threads, not on the module listeners' shared ones, the forum's indexing and the notifications go
 * on meanwhile (waiting there held all four shared threads for up to 15 s). A listener holds no connection while it
 * waits: it is declared without a transaction of its own and opens one here.
 */
@Configuration(proxyBeanMethods = false)
public class BulkWork {

	/** The executor bulk listeners name in {@code @Async}. */
	public static final String EXECUTOR = "bulkWorkExecutor";

	/** Of the pool's ten connections; with the webhook poller's one, background bulk work holds at most three. */
	static final int SHARE = 2;

	private final TransactionTemplate transaction;

	private final IntakePressure pressure;

	BulkWork(PlatformTransactionManager transactions, IntakePressure pressure) {
		this.pressure = pressure;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The bulk listeners' threads. Not a default candidate, so Boot's shared {@code applicationTaskExecutor} still
	 * exists beside it and stays the executor of every other {@code @Async} listener.
	 */
	@Bean(name = EXECUTOR, defaultCandidate = false)
	static ThreadPoolTaskExecutor bulkWorkExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(SHARE);
		executor.setMaxPoolSize(SHARE);
		executor.setThreadNamePrefix("bulk-work-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

	/** Runs the work in a transaction of its own once any intake burst has passed; what it throws is thrown on. */
	public void inTransaction(Runnable work) {
		try {
			pressure.awaitCalm();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the intake's burst to pass", e);
		}
		transaction.executeWithoutResult(status -> work.run());
	}

}
