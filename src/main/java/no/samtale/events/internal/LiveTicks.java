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
 * What goes out on the live stream in ticks of {@link #PERIOD_MS} ms rather than at once: one {@code TICK} change
 * per nettprat carrying every question approved since the last tick ({@code questions}) and the count of each
 * question whose votes moved ({@code counts}), as they stand. At the 20 questions and 200 votes a second
 * each open page would otherwise be sent hundreds of events a second, and the answers, which matter most and go out
 * at once, would queue behind them (a change per question's count, then an approvals and a counts change per
 * 250 ms tick, still kept 5,000 pages from hearing an answer within a second). A question answered, declined or merged before its tick is not sent as approved:
 * its own change (sent at once) says what became of it.
 *
 * <p>The ticks are kept in memory on the node that made the change: if the node stops between a commit and its
 * tick, the change is missing from the stream (not from the event, which a page reads when it loads).
 */
@Component
class LiveTicks {

	/**
	 * A second: vote counts and new questions once a second still read as live, and each open page is sent at most
	 * one tick event a second (5,000 pages: 5,000 writes a second) beside the answers, which go out at once. At half a
	 * second the ticks' writes kept 5 % of 5,000 pages from hearing an answer within a second (docs/benchmarks.md,
	 * "Nettprat"); at a second 99.9 % heard it.
	 */
	static final long PERIOD_MS = 1000;

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

	/**
	 * One {@code TICK} change per nettprat that had approvals or votes: every page is sent one event a tick, however
	 * many questions moved. Approvals first, so a page knows a question before it hears of its votes.
	 */
	void tick() {
		Map<Long, List<Long>> approved = approvals.drain();
		Map<Long, List<Long>> voted = votes.drain();
		Set<Long> events = new LinkedHashSet<>(approved.keySet());
		events.addAll(voted.keySet());
		for (long eventId : events) {
			try {
				sendTick(eventId, approved.getOrDefault(eventId, List.of()), voted.getOrDefault(eventId, List.of()));
			}
			catch (RuntimeException e) {
				log.warn("Could not send a nettprat's tick: {}", e.getClass().getSimpleName());
			}
		}
	}

	/**
	 * The questions still approved and the counts that moved, in as few changes as fit the change log's column: the
	 * counts (a few dozen characters a question) go in the first, and a burst of long questions is split over more
	 * rather than refused.
	 */
	private void sendTick(long eventId, List<Long> approvedIds, List<Long> votedIds) {
		List<Map<String, Object>> questions = new ArrayList<>();
		for (long questionId : approvedIds) {
			Map<String, Object> data = rows.publicData(questionId);
			if (LiveQuestionStatus.APPROVED.name().equals(data.get("status"))) {
				questions.add(data);
			}
		}
		List<Map<String, Object>> counts = votedIds.isEmpty() ? List.of() : counts(votedIds);
		if (questions.isEmpty() && counts.isEmpty()) {
			return;
		}
		List<Map<String, Object>> chunk = new ArrayList<>();
		int size = json.writeValueAsString(counts).length();
		for (Map<String, Object> question : questions) {
			int length = json.writeValueAsString(question).length() + 1;
			if (!chunk.isEmpty() && size + length > MAX_CHANGE_LENGTH) {
				publish(eventId, chunk, counts);
				chunk = new ArrayList<>();
				counts = List.of();
				size = 0;
			}
			chunk.add(question);
			size += length;
		}
		publish(eventId, chunk, counts);
	}

	private List<Map<String, Object>> counts(List<Long> questionIds) {
		List<Map<String, Object>> counts = new ArrayList<>();
		rows.votes(questionIds).forEach((questionId, votes) -> {
			Map<String, Object> count = new LinkedHashMap<>();
			count.put("questionId", questionId);
			count.put("votes", votes);
			counts.add(count);
		});
		return counts;
	}

	private void publish(long eventId, List<Map<String, Object>> questions, List<Map<String, Object>> counts) {
		stream.publish(eventId, Kind.TICK, Map.of("questions", questions, "counts", counts));
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
