package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work scheduled for now inside a transaction is looked for once the transaction commits, not at the next poll. */
class DueAfterCommitTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final DueAfterCommit listener = new DueAfterCommit(checks::incrementAndGet);

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void workDueNowInATransactionIsLookedForAfterTheCommitAndNotBefore() {
		TransactionSynchronizationManager.initSynchronization();

		listener.onExecutionScheduled(TaskInstanceId.of("outbox-delivery", "1"), Instant.now());

		assertThat(checks).hasValue(0);
		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		assertThat(checks).hasValue(1);
	}

	@Test
	void workDueLaterOrOutsideATransactionIsLeftToTheSchedulersOwnChecks() {
		listener.onExecutionScheduled(TaskInstanceId.of("outbox-delivery", "2"), Instant.now());
		TransactionSynchronizationManager.initSynchronization();
		listener.onExecutionScheduled(TaskInstanceId.of("outbox-delivery", "3"), Instant.now().plus(Duration.ofMinutes(5)));

		assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
		assertThat(checks).hasValue(0);
	}

}
