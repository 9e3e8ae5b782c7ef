package no.samtale.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last thing a first demo start does before it says it is ready: wait (20 s at most) until the metrics listeners
 * have counted what the demos just did (forum posts, inbox changes, published posts), so that today's figures stand
 * still once the application is ready. It runs after every other demo rather than right after the analytics history
 * ({@link AnalyticsDemo}), where it used to sit: there it waited for counting that the later demos then added to, and
 * nothing else ran while it waited (2.9 s of a quiet start, 11–15 s of a test process's start beside another).
 * Spring Modulith keeps a publication row per listener until it has completed (completion mode delete).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoSettle implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSettle.class);

	private static final long PATIENCE_MILLIS = 20_000;

	private final AnalyticsDemo history;

	private final JdbcTemplate jdbc;

	DemoSettle(AnalyticsDemo history, JdbcTemplate jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (!history.seededNow()) {
			return;
		}
		long started = System.currentTimeMillis();
		while (System.currentTimeMillis() - started < PATIENCE_MILLIS) {
			Integer pending = jdbc.queryForObject(
					"select count(*) from event_publication where listener_id like '%MetricsIntake%'", Integer.class);
			if (pending == null || pending == 0) {
				log.info("Demo: the metrics listeners had counted the demos' events {} ms after the last demo",
						System.currentTimeMillis() - started);
				return;
			}
			Thread.sleep(50);
		}
		log.warn("Demo: the metrics listeners had not caught up with the demos' events after {} ms", PATIENCE_MILLIS);
	}

}
