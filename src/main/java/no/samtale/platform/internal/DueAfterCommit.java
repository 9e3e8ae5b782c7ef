package no.samtale.platform.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task scheduled for now as soon as the transaction that scheduled it commits. db-scheduler's immediate
 * execution looks for due work at the moment of scheduling, but work scheduled inside a transaction (an outbox
 * delivery with the reply that needs it) is not visible until the commit, so that look finds nothing and the task
 * waited for the next poll, two seconds later. Looking again after the commit sends replies and posts at once.
 */
final class DueAfterCommit extends AbstractSchedulerListener {

	private final Runnable checkForDueExecutions;

	/** @param checkForDueExecutions the scheduler's {@code triggerCheckForDueExecutions} */
	DueAfterCommit(Runnable checkForDueExecutions) {
		this.checkForDueExecutions = checkForDueExecutions;
	}

	@Override
	public void onExecutionScheduled(TaskInstanceId instance, Instant executionTime) {
		if (executionTime.isAfter(Instant.now()) || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				checkForDueExecutions.run();
			}

		});
	}

}
