package no.samtale.events.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every ten minutes, on one node (db-scheduler), owners of nettprat questions due soon are reminded. */
@Configuration(proxyBeanMethods = false)
class LiveOwnerReminderTask {

	@Bean
	RecurringTask<Void> nettpratOwnerReminderCheck(LiveOwnerReminders reminders) {
		return Tasks.recurring("events-nettprat-owner-reminders", FixedDelay.of(LiveOwnerReminders.CHECK_EVERY))
			.execute((instance, context) -> reminders.remind(Instant.now()));
	}

}
