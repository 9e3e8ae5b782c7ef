package no.samtale.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Records the facts (events) modules publish while a test runs, on any thread, in the suite's one application
 * context. Spring Modulith's {@code Scenario} records only the test thread and the threads it starts, so it misses
 * what asynchronous module listeners publish from the pool threads of a context that outlives the test; a module-only
 * {@code @ApplicationModuleTest} context would see them, but would start a second application with its own
 * schedulers on the same database.
 */
public final class PublishedFacts implements AutoCloseable {

	private final List<Object> facts = new CopyOnWriteArrayList<>();

	private final ApplicationEventMulticaster multicaster;

	private final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload) {
			facts.add(payload.getPayload());
		}
	};

	private PublishedFacts(ApplicationEventMulticaster multicaster) {
		this.multicaster = multicaster;
		multicaster.addApplicationListener(listener);
	}

	/** Starts recording; close it (try-with-resources) when the test is done. */
	public static PublishedFacts recordIn(ConfigurableApplicationContext context) {
		return new PublishedFacts(context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
				ApplicationEventMulticaster.class));
	}

	/** Waits (10 s at most) for a fact of this type that matches, and answers it. */
	public <T> T await(Class<T> type, Predicate<? super T> matching) {
		Object[] found = new Object[1];
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (Object fact : facts) {
				if (type.isInstance(fact) && matching.test(type.cast(fact))) {
					found[0] = fact;
					return true;
				}
			}
			return false;
		});
		return type.cast(found[0]);
	}

	@Override
	public void close() {
		multicaster.removeApplicationListener(listener);
	}

}
