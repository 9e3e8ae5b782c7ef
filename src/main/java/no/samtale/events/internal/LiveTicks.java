package no.samtale.events.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.platform.AfterCommit;

/**
 * Vote counts go out on the live stream at most every {@link #PERIOD_MS} ms per question, with the count as it
 * stands then, instead of one event per vote: at hundreds of votes a second each open page would otherwise be sent
 * hundreds of events a second, and the answers, which matter most, would queue behind them.
 */
@Component
class VoteCounts {

	static final long PERIOD_MS = 250;

	private static final Logger log = LoggerFactory.getLogger(VoteCounts.class);

	private record Question(long eventId, long questionId) {
	}

	private final Set<Question> changed = ConcurrentHashMap.newKeySet();

	private final JdbcClient jdbc;

	private final LiveStream stream;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "nettprat-votes");
		thread.setDaemon(true);
		return thread;
	});

	VoteCounts(JdbcClient jdbc, LiveStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
		ticker.scheduleWithFixedDelay(this::send, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	/** A vote was cast or moved; the count goes out within a period once the transaction has committed. */
	void changed(long eventId, long questionId) {
		AfterCommit.run(() -> changed.add(new Question(eventId, questionId)));
	}

	private void send() {
		for (Question question : Set.copyOf(changed)) {
			changed.remove(question);
			try {
				int votes = jdbc.sql("select votes from events_question where id = :id")
					.param("id", question.questionId())
					.query(Integer.class)
					.single();
				stream.publish(question.eventId(), Kind.VOTES, Map.of("questionId", question.questionId(), "votes", votes));
			}
			catch (RuntimeException e) {
				log.warn("Could not send a nettprat vote count: {}", e.getClass().getSimpleName());
			}
		}
	}

	@PreDestroy
	void stop() {
		ticker.shutdownNow();
	}

}
