package no.samtale.channels.internal.meta;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Once a day, on one node, every connected Facebook page's figures are pulled for analytics. */
@Configuration(proxyBeanMethods = false)
class MetaFiguresTask {

	@Bean
	RecurringTask<Void> metaFiguresPull(MetaFigures figures) {
		return Tasks.recurring("meta-figures-pull", FixedDelay.of(Duration.ofHours(24)))
			.execute((instance, context) -> figures.pullAll());
	}

}
