package no.samtale.inbox.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every few minutes, on one node, the conversations close to their response target are announced. */
@Configuration(proxyBeanMethods = false)
class ResponseDeadlineTask {

	@Bean
	RecurringTask<Void> responseDeadlineCheck(ResponseDeadlines deadlines) {
		return Tasks.recurring("inbox-response-deadlines", FixedDelay.of(ResponseDeadlines.CHECK_EVERY))
			.execute((instance, context) -> deadlines.warn(Instant.now()));
	}

}
