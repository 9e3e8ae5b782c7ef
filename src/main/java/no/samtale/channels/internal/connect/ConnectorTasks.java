package no.samtale.channels.internal.connect;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connectors' background work, each on one node at a time: polling every 10 seconds (each account is polled
 * when its own time has come, see {@link Polling}), and the token health check every hour.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTasks {

	@Bean
	RecurringTask<Void> channelPolling(Polling polling) {
		return Tasks.recurring("channel-polling", FixedDelay.of(Duration.ofSeconds(10)))
			.execute((instance, context) -> polling.pollDue());
	}

	@Bean
	RecurringTask<Void> connectorHealthCheck(HealthCheck check) {
		return Tasks.recurring("connector-health-check", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> check.checkAll());
	}

}
