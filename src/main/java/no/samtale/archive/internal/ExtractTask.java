package no.samtale.archive.internal;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds an extract in the background (one db-scheduler instance per extract id), so the request answers at once
 * and a restart mid-build picks the work up again on some node.
 */
@Configuration(proxyBeanMethods = false)
class ExtractTask {

	static final String NAME = "archive-extract";

	private static final OneTimeTask<Void> DESCRIPTOR = Tasks.oneTime(NAME).execute((instance, context) -> {
		throw new IllegalStateException("Only used to name instances");
	});

	static TaskInstance<Void> instance(long extractId) {
		return DESCRIPTOR.instance(String.valueOf(extractId));
	}

	@Bean
	OneTimeTask<Void> archiveExtract(Extracts extracts) {
		return Tasks.oneTime(NAME).execute((instance, context) -> extracts.build(Long.parseLong(instance.getId())));
	}

}
