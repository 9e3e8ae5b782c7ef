package no.samtale.channels.internal;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that delivers one outbox entry. Each attempt is its own task instance
 * ({@code <outbox id>:<attempt>}), so a retry is a new row that survives restarts and runs on one node only. An
 * attempt interrupted by a crash is run again by db-scheduler once its node's heartbeat has stopped; when that is too
 * soon to ask the platform what became of it, it waits as {@code <outbox id>:<attempt>:resumed}.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxDeliveryTask {

	static final String NAME = "outbox-delivery";

	private static final OneTimeTask<Void> DESCRIPTOR = Tasks.oneTime(NAME).execute((instance, context) -> {
		throw new IllegalStateException("Only used to name instances");
	});

	public static TaskInstance<Void> instance(long outboxId, int attempt) {
		return DESCRIPTOR.instance(outboxId + ":" + attempt);
	}

	static TaskInstance<Void> resumed(long outboxId, int attempt) {
		return DESCRIPTOR.instance(outboxId + ":" + attempt + ":resumed");
	}

	@Bean
	OneTimeTask<Void> outboxDelivery(OutboxWorker worker) {
		return Tasks.oneTime(NAME).execute((instance, context) -> {
			String id = instance.getId();
			worker.deliver(Long.parseLong(id.substring(0, id.indexOf(':'))));
		});
	}

}
