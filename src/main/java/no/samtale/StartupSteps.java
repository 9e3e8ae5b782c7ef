package no.samtale;

import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * With {@code -Dsamtale.startup-steps=N}, records Spring's start-up steps and logs the N longest once the
 * application is ready: where the seconds of a start go (docs/benchmarks.md). Off by default, because recording costs
 * memory and a little time.
 */
final class StartupSteps {

	private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

	private StartupSteps() {
	}

	static void recordIfAsked(SpringApplication application) {
		int longest = Integer.getInteger("samtale.startup-steps", 0);
		if (longest <= 0) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
		application.setApplicationStartup(startup);
		// A lambda's event type cannot be read back, so it would receive every event: the type is checked here.
		application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
			if (event instanceof ApplicationReadyEvent) {
				log.info("The {} longest start-up steps (each includes the steps inside it):\n{}", longest,
						startup.getBufferedTimeline()
							.getEvents()
							.stream()
							.sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
							.limit(longest)
							.map(StartupSteps::describe)
							.collect(Collectors.joining("\n")));
			}
		});
	}

	private static String describe(TimelineEvent event) {
		Duration duration = event.getDuration();
		String tags = StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
			.map(tag -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(" "));
		return "%6d ms  %s  %s".formatted(duration.toMillis(), event.getStartupStep().getName(), tags);
	}

}
