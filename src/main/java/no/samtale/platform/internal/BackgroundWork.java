package no.samtale.platform.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.scheduling.annotation.EnableScheduling;

import no.samtale.platform.ThisNode;

/**
 * Background work: Spring's in-memory schedules for node-local ticks, and one db-scheduler for the whole
 * application, running the {@link Task} beans that modules declare. Work is scheduled through the transaction-aware
 * data source, so a task scheduled inside a transaction exists exactly when that transaction commits, and is looked
 * for again as soon as it has ({@link DueAfterCommit}). Started after the context (and its migrations) is ready,
 * stopped first on shutdown so that running tasks finish. A task whose node died (no heartbeat for four 2-second
 * intervals) is handed to another node, or to the same one when it restarts, within seconds; a task must therefore
 * tolerate running again after a crash (the outbox looks up what an interrupted attempt did before it acts again).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackgroundWork {

	@Bean
	ThisNode thisNode(@Value("${samtale.node-name:}") String configured, @Value("${server.port:8080}") int port) {
		return new ThisNode(configured.isBlank() ? defaultName(port) : configured, Instant.now());
	}

	/**
	 * The host name and the port: stable across restarts, and different for two processes on one machine (a
	 * random port, as in tests, takes the process id instead).
	 */
	static String defaultName(int port) {
		return hostName() + ":" + (port > 0 ? Integer.toString(port) : "pid" + ProcessHandle.current().pid());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}

	@Bean(destroyMethod = "")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, ThisNode node, MeterRegistry meters,
			@Value("${samtale.background.recurring-tasks:true}") boolean recurring,
			@Value("${samtale.background.polling-interval:PT2S}") Duration pollingInterval) {
		// A start task is a known task too: db-scheduler refuses one given twice.
		List<RecurringTask<?>> started = recurring ? recurringOf(tasks) : List.of();
		List<Task<?>> known = tasks.stream().filter(task -> !started.contains(task)).toList();
		Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
			.startTasks(started)
			.schedulerName(new SchedulerName.Fixed(node.name()))
			.threads(4)
			// How late work due at a set time (a scheduled post, a retry) may start; the suite shortens it.
			.pollingInterval(pollingInterval)
			.heartbeatInterval(Duration.ofSeconds(2))
			.missedHeartbeatsLimit(4)
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			// Runs per task and node (dbscheduler_task_completions_total and durations): which node ran what, and
			// that a job ran once across the nodes (TwoNodesFaultTests counts them).
			.statsRegistry(new MicrometerStatsRegistry(meters, tasks))
			.build();
		scheduler.registerSchedulerListener(new DueAfterCommit(scheduler::triggerCheckForDueExecutions));
		return scheduler;
	}

	/**
	 * db-scheduler runs a recurring task only once it has a first execution, which it makes at start for the tasks
	 * given as start tasks (and leaves alone when one exists, so nodes and restarts agree). Being a known task is not
	 * enough: without this every recurring task (retention, SLA warnings, Meta checks, sweeps) would never run.
	 */
	static List<RecurringTask<?>> recurringOf(List<Task<?>> tasks) {
		return tasks.stream().filter(RecurringTask.class::isInstance).<RecurringTask<?>>map(RecurringTask.class::cast)
			.toList();
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
