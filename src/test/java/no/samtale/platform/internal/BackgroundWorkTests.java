package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.junit.jupiter.api.Test;

/** Every recurring task declared by a module is handed to db-scheduler as a start task, one-time tasks are not. */
class BackgroundWorkTests {

	@Test
	void recurringTasksAreStartedAndOneTimeTasksWaitToBeScheduled() {
		Task<?> recurring = Tasks.recurring("sweep", FixedDelay.of(Duration.ofMinutes(1))).execute((i, c) -> {
		});
		Task<?> oneTime = Tasks.oneTime("due").execute((i, c) -> {
		});

		assertThat(BackgroundWork.recurringOf(List.of(oneTime, recurring))).extracting(Task::getName)
			.containsExactly("sweep");
	}

}
