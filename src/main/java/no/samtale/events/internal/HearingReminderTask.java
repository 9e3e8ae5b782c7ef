package no.samtale.events.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every ten minutes, on one node (db-scheduler), the hearings' reminders that have come due are sent. */
@Configuration(proxyBeanMethods = false)
class HearingReminderTask {

	@Bean
	RecurringTask<Void> hearingReminderCheck(HearingReminders reminders) {
		return Tasks.recurring("events-hearing-reminders", FixedDelay.of(HearingReminders.CHECK_EVERY))
			.execute((instance, context) -> reminders.remind(Instant.now()));
	}

}
