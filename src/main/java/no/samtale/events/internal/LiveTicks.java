package no.samtale.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.platform.AfterCommit;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes out on the live stream in ticks of {@link #PERIOD_MS} ms rather than at once: approved questions, as one
 * {@code APPROVALS} change per nettprat carrying every question approved since the last tick, and vote counts, one
 * {@code VOTE_COUNTS} change per nettprat with the count of each question whose votes moved, as it stands. At the 20 questions and 200 votes a second
 * each open page would otherwise be sent hundreds of events a second, and the answers, which matter most and go out
 * at once, would queue behind them. A question answered, declined or merged before its tick is not sent as approved:
 * its own change (sent at once) says what became of it.
 *
 * <p>The ticks are kept in memory on the node that made the change: if the node stops between a commit and its
 * tick, the change is missing from the stream (not from the event, which a page reads when it loads).
 */
@Component
class LiveTicks {

	static final long PERIOD_MS = 250;

	/**
	 * How much of the change log's {@code data} column (12,000 characters) one tick's questions may take, leaving
	 * room for the kind and the list around them. One question is at most about 2,500 (1,000 characters of text,
	 * escaped, and the asker's name).
	 */
	static final int MAX_CHANGE_LENGTH = 11_000;

	private static final Logger log = LoggerFactory.getLogger(LiveTicks.class);

	private final Coalesced approvals = new Coalesced();

	private final Coalesced votes = new Coalesced();

	private final LiveQuestionRows rows;

	private final LiveStream stream;

	private final JsonMapper json;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "nettprat-ticks");
		thread.setDaemon(true);
		return thread;
	});

	LiveTicks(LiveQuestionRows rows, LiveStream stream, JsonMapper json) {
		this.rows = rows;
		this.stream = stream;
		this.json = json;
		ticker.scheduleWithFixedDelay(this::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	/** A question was approved; it goes out with the others of its nettprat at the next tick after commit. */
	void approved(long eventId, long questionId) {
		AfterCommit.run(() -> approvals.add(eventId, questionId));
	}

	/** A vote was cast or moved; the count goes out within a tick once the transaction has committed. */
	void votesChanged(long eventId, long questionId) {
		AfterCommit.run(() -> votes.add(eventId, questionId));
	}

	/** Approvals first, so a page knows a question before it hears of its votes. */
	void tick() {
		approvals.drain().forEach(this::sendApprovals);
		votes.drain().forEach(this::sendVoteCounts);
	}

	/**
	 * The questions still approved, in as few changes as fit the change log's column: a burst of long questions is
	 * split rather than refused.
	 */
	private void sendApprovals(long eventId, List<Long> questionIds) {
		try {
			List<Map<String, Object>> questions = new ArrayList<>();
			for (long questionId : questionIds) {
				Map<String, Object> data = rows.publicData(questionId);
				if (LiveQuestionStatus.APPROVED.name().equals(data.get("status"))) {
					questions.add(data);
				}
			}
			publishInChunks(eventId, Kind.APPROVALS, "questions", questions);
		}
		catch (RuntimeException e) {
			log.warn("Could not send a nettprat's approvals: {}", e.getClass().getSimpleName());
		}
	}

	/**
	 * Every count that moved in the tick, in one change per nettprat: at 200 votes a second over many questions, a
	 * change per question meant a hundred changes a second to every open page, which is what kept 5,000 pages from
	 * hearing an answer within a second.
	 */
	private void sendVoteCounts(long eventId, List<Long> questionIds) {
		try {
			List<Map<String, Object>> counts = new ArrayList<>();
			rows.votes(questionIds).forEach((questionId, votes) -> counts.add(Map.of("questionId", questionId, "votes", votes)));
			publishInChunks(eventId, Kind.VOTE_COUNTS, "counts", counts);
		}
		catch (RuntimeException e) {
			log.warn("Could not send a nettprat's vote counts: {}", e.getClass().getSimpleName());
		}
	}

	private void publishInChunks(long eventId, Kind kind, String field, List<Map<String, Object>> items) {
		List<Map<String, Object>> chunk = new ArrayList<>();
		int size = 0;
		for (Map<String, Object> item : items) {
			int length = json.writeValueAsString(item).length() + 1;
			if (!chunk.isEmpty() && size + length > MAX_CHANGE_LENGTH) {
				stream.publish(eventId, kind, Map.of(field, chunk));
				chunk = new ArrayList<>();
				size = 0;
			}
			chunk.add(item);
			size += length;
		}
		if (!chunk.isEmpty()) {
			stream.publish(eventId, kind, Map.of(field, chunk));
		}
	}

	@PreDestroy
	void stop() {
		ticker.shutdownNow();
	}

	/**
	 * Questions waiting for the next tick, by nettprat: each once however often it changed, in the order they first
	 * changed, and gone once drained.
	 */
	static final class Coalesced {

		private final Map<Long, Set<Long>> waiting = new LinkedHashMap<>();

		synchronized void add(long eventId, long questionId) {
			waiting.computeIfAbsent(eventId, key -> new LinkedHashSet<>()).add(questionId);
		}

		synchronized Map<Long, List<Long>> drain() {
			Map<Long, List<Long>> drained = new LinkedHashMap<>();
			waiting.forEach((eventId, questions) -> drained.put(eventId, List.copyOf(questions)));
			waiting.clear();
			return drained;
		}

	}

}
