package no.samtale.events.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.AfterCommit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A nettprat's live stream. Every change a reader may see (a question approved, a vote count, an answer, a merge, a
 * question taken off the board) is written to {@code events_live_change} in the transaction that made it; its id is
 * the SSE event id. After commit it is handed to a small executor of its own, which writes to the open pages: the
 * request that answered never waits for a slow page (unlike platform's SseHub, which writes on the caller's thread).
 * Each page has its own queue, drained by one thread at a time, so it gets its events in order; a page that
 * reconnects with {@code Last-Event-ID} is first sent what it missed, read from the database.
 */
@Component
class LiveStream {

	static final String EVENT = "change";

	private static final long TIMEOUT_MS = 30 * 60 * 1000L;

	/** Change kinds, as {@code kind} in each event's data. */
	enum Kind {
		APPROVED, VOTES, ANSWERED, MERGED, REMOVED
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Map<Long, List<Page>> pages = new ConcurrentHashMap<>();

	private final ExecutorService sender = Executors.newFixedThreadPool(2, new NamedThreads());

	LiveStream(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records a change in the current transaction and sends it to the event's open pages once it has committed.
	 * {@code data} is a map, so the event's JSON names the change's id and kind next to what changed.
	 */
	void publish(long eventId, Kind kind, Map<String, Object> data) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("kind", kind.name());
		body.putAll(data);
		String text = json.writeValueAsString(body);
		jdbc.sql("""
				insert into events_live_change (event_id, kind, data, created_at) values (:event, :kind, :data, :now)
				""")
			.param("event", eventId)
			.param("kind", kind.name())
			.param("data", text)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		AfterCommit.run(() -> pages.getOrDefault(eventId, List.of()).forEach(page -> page.offer(new Change(id, text))));
	}

	/** The newest change of an event, so a page that loads the event's state can stream on from there. */
	long lastChangeId(long eventId) {
		return jdbc.sql("select coalesce(max(id), 0) from events_live_change where event_id = :event")
			.param("event", eventId)
			.query(Long.class)
			.single();
	}

	/** Opens a stream; {@code after} (Last-Event-ID, or the page's lastChangeId) catches up from there. */
	SseEmitter open(long eventId, Long after) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
		List<Page> open = pages.computeIfAbsent(eventId, key -> new CopyOnWriteArrayList<>());
		Page page = new Page(emitter, after == null ? 0 : after);
		open.add(page);
		Runnable forget = () -> open.remove(page);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(error -> forget.run());
		page.run(() -> {
			page.emitter.send(SseEmitter.event().comment("connected"));
			if (after != null) {
				for (Change missed : changesAfter(eventId, after)) {
					page.send(missed);
				}
			}
		});
		return emitter;
	}

	/** How many pages are open on this node, for the figures and the benchmark. */
	int openPages() {
		return pages.values().stream().mapToInt(List::size).sum();
	}

	private List<Change> changesAfter(long eventId, long after) {
		return jdbc.sql("select id, data from events_live_change where event_id = :event and id > :after order by id")
			.param("event", eventId)
			.param("after", after)
			.query((rs, row) -> new Change(rs.getLong("id"), rs.getString("data")))
			.list();
	}

	@PreDestroy
	void stop() {
		sender.shutdownNow();
	}

	private record Change(long id, String data) {
	}

	private interface Sending {

		void run() throws IOException;

	}

	/** One open page: its own queue, drained on the sender's threads by one of them at a time. */
	private final class Page {

		private final SseEmitter emitter;

		/** Catch-ups ({@link Sending}) and live changes ({@link Change}), in the order they were asked for. */
		private final Queue<Object> queue = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean draining = new AtomicBoolean();

		private volatile long lastSent;

		Page(SseEmitter emitter, long lastSent) {
			this.emitter = emitter;
			this.lastSent = lastSent;
		}

		void offer(Change change) {
			queue.add(change);
			drainLater();
		}

		/** Sends a change unless the page has it already (a catch-up and a live push may both carry it). */
		void send(Change change) throws IOException {
			if (change.id() > lastSent) {
				emitter.send(SseEmitter.event().id(Long.toString(change.id())).name(EVENT).data(change.data()));
				lastSent = change.id();
			}
		}

		private void flush(java.util.Set<org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType> batch)
				throws IOException {
			if (!batch.isEmpty()) {
				emitter.send(batch);
				batch.clear();
			}
		}

		void run(Sending sending) {
			queue.add(sending);
			drainLater();
		}

		private void drainLater() {
			if (draining.compareAndSet(false, true)) {
				try {
					sender.execute(this::drain);
				}
				catch (java.util.concurrent.RejectedExecutionException stopping) {
					draining.set(false);
				}
			}
		}

		private void drain() {
			try {
				// Live changes waiting together go out in one write and one flush, not one each: a page that fell
				// behind under a burst catches up in a few writes.
				java.util.Set<org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType> batch = new java.util.LinkedHashSet<>();
				Object next;
				while ((next = queue.poll()) != null) {
					if (next instanceof Change change) {
						if (change.id() > lastSent) {
							batch.addAll(SseEmitter.event().id(Long.toString(change.id())).name(EVENT).data(change.data()).build());
							lastSent = change.id();
						}
					}
					else {
						flush(batch);
						((Sending) next).run();
					}
				}
				flush(batch);
			}
			catch (IOException | IllegalStateException gone) {
				queue.clear();
				pages.values().forEach(list -> list.remove(this));
				emitter.completeWithError(gone);
			}
			finally {
				draining.set(false);
			}
			if (!queue.isEmpty()) {
				drainLater();
			}
		}

	}

	private static final class NamedThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "nettprat-sse-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
