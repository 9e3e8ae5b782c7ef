package no.samtale.archive.internal;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One attempt to send a folder to the live archive ({@code <record id>:<attempt>}), so every retry is its own row. */
@Configuration(proxyBeanMethods = false)
class DeliveryTask {

	static final String NAME = "archive-delivery";

	private static final OneTimeTask<Void> DESCRIPTOR = Tasks.oneTime(NAME).execute((instance, context) -> {
		throw new IllegalStateException("Only used to name instances");
	});

	static TaskInstance<Void> instance(long recordId, int attempt) {
		return DESCRIPTOR.instance(recordId + ":" + attempt);
	}

	@Bean
	OneTimeTask<Void> archiveDelivery(LiveJournaling live) {
		return Tasks.oneTime(NAME).execute((instance, context) -> {
			String[] parts = instance.getId().split(":");
			live.attempt(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
		});
	}

}
