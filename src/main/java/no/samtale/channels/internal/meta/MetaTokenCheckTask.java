package no.samtale.channels.internal.meta;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Once a day, on one node, every connected page token is checked with Meta. */
@Configuration(proxyBeanMethods = false)
class MetaTokenCheckTask {

	@Bean
	RecurringTask<Void> metaTokenCheck(MetaConnections connections) {
		return Tasks.recurring("meta-token-check", FixedDelay.of(Duration.ofHours(24)))
			.execute((instance, context) -> connections.checkAll());
	}

}
