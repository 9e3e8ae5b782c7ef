package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every 10 minutes, on one node, the gap check looks for accounts whose comments may be incomplete; a node that
 * starts asks for a check at once, since the service itself may have been down.
 */
@Configuration(proxyBeanMethods = false)
class MetaGapCheckTask {

	static final String NAME = "meta-gap-check";

	@Bean
	RecurringTask<Void> metaGapCheckRecurring(MetaGapCheck check) {
		return Tasks.recurring(NAME, FixedDelay.of(Duration.ofMinutes(10)))
			.execute((instance, context) -> check.checkAll());
	}

	@Bean
	ApplicationRunner metaGapCheckAtStart(ObjectProvider<SchedulerClient> scheduler) {
		return args -> {
			try {
				scheduler.getObject().reschedule(TaskInstanceId.of(NAME, RecurringTask.INSTANCE), Instant.now());
			}
			catch (RuntimeException running) {
				// Another node is running the check right now, or it is not stored yet: either way it runs soon.
			}
		};
	}

}
