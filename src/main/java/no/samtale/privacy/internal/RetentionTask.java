package no.samtale.privacy.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every night, on one node, whatever has passed its retention time is deleted or anonymised. */
@Configuration(proxyBeanMethods = false)
class RetentionTask {

	@Bean
	RecurringTask<Void> retention(RetentionRunner runner) {
		return Tasks.recurring("privacy-retention", new Daily(ZoneId.of("Europe/Oslo"), LocalTime.of(3, 15)))
			.execute((instance, context) -> runner.run(false, null));
	}

}
