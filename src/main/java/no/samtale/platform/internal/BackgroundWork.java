package no.samtale.platform.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work: Spring's in-memory schedules for node-local ticks, and one db-scheduler for the whole
 * application, running the {@link Task} beans that modules declare. Work is
 * scheduled through the transaction-aware data source, so a task scheduled inside a transaction exists exactly
 * when that transaction commits. Started after the context (and its migrations) is ready, stopped first on
 * shutdown so that running tasks finish.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackgroundWork {

	@Bean(destroyMethod = "")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.threads(4)
			.pollingInterval(Duration.ofSeconds(2))
			.heartbeatInterval(Duration.ofSeconds(30))
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}

		};
	}

}
