package no.samtale.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open Server-Sent-Event stream whose events are written in order by a small pool of writer threads, never on
 * the thread that sends. The senders are event listeners and requests: a page that stops reading would otherwise
 * hold such a thread until the socket's write timeout (a minute), and with it every event listener queued behind
 * it. A stream whose backlog passes {@link #MAX_BACKLOG} events is closed instead of growing; its page reconnects
 * and catches up from the database, which stays the source of truth.
 * <p>
 * A stream that has sent nothing for a while is sent a comment ({@link #beatIdle}, run by the platform's
 * {@code SseHeartbeats}): proxies and load balancers cut an idle response after a minute or so, and a page whose
 * reader went away without closing (a laptop shut, a network gone) is only noticed when a write to it fails, so
 * without the comment such a stream would hold its connection and memory until the half-hour timeout.
 */
public final class SseStream {

	public static final long TIMEOUT_MS = 30 * 60 * 1000L;

	/** More unwritten events than this means the reader is not reading. */
	static final int MAX_BACKLOG = 500;

	/**
	 * Writers shared by every stream of the process. Each stream is drained by one writer at a time, so a stuck
	 * reader holds at most one thread, and only until its socket times out; idle writers end after a minute.
	 */
	private static final ThreadPoolExecutor WRITERS = writers(16);

	/** Adds events to the batch being written (and may read what it needs first, on the writer's thread). */
	public interface Write {

		void to(Batch batch);

	}

	/**
	 * The events one drain writes together: a page that fell behind under a burst catches up in one write and one
	 * flush instead of one each.
	 */
	public static final class Batch {

		private final Set<ResponseBodyEmitter.DataWithMediaType> parts = new LinkedHashSet<>();

		private int events;

		private final SentNumbers sent;

		private Batch(SentNumbers sent) {
			this.sent = sent;
		}

		public void add(SseEmitter.SseEventBuilder event) {
			parts.addAll(event.build());
			events++;
		}

		/**
		 * Adds an event numbered by its row's id (the SSE id, which a reconnecting page sends back as
		 * {@code Last-Event-ID}) unless this stream already sent that number: a catch-up read from the database and a
		 * live push of the same row then reach the page once. A row's id is handed out when it is inserted, not when
		 * it commits, so a row may arrive after one with a higher id; it is still sent ({@link SentNumbers}).
		 */
		public void addNumbered(long id, String event, Object data) {
			if (sent.add(id)) {
				add(SseEmitter.event().id(Long.toString(id)).name(event).data(data));
			}
		}

		/** As {@link #addNumbered(long, String, Object)}, for an event rendered once for many streams. */
		public void addNumbered(Rendered event) {
			if (sent.add(event.id)) {
				parts.add(event.frame);
				events++;
			}
		}

		private void writeTo(SseEmitter emitter) throws IOException {
			if (events > 0) {
				emitter.send(parts);
				parts.clear();
				events = 0;
			}
		}

	}

	/**
	 * A numbered event with JSON text as its data, rendered once to its wire form (one part, UTF-8) for every stream
	 * it goes to: a nettprat's change goes to thousands of pages, and building it per page was three parts, each
	 * through the message converters, per page.
	 */
	public static final class Rendered {

		private static final MediaType UTF8_TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

		private final long id;

		private final ResponseBodyEmitter.DataWithMediaType frame;

		public Rendered(long id, String event, String json) {
			this.id = id;
			StringBuilder text = new StringBuilder(json.length() + event.length() + 40);
			for (ResponseBodyEmitter.DataWithMediaType part : SseEmitter.event().id(Long.toString(id)).name(event)
				.data(json).build()) {
				text.append(part.getData());
			}
			this.frame = new ResponseBodyEmitter.DataWithMediaType(text.toString(), UTF8_TEXT);
		}

	}

	/** A drain writes at least this often, so that one batch stays small. */
	private static final int BATCH_EVENTS = 200;

	private final SseEmitter emitter = new SseEmitter(TIMEOUT_MS);

	private final Queue<Write> backlog = new ConcurrentLinkedQueue<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicBoolean draining = new AtomicBoolean();

	private final Runnable gone;

	/** The numbers this stream sent lately; read and written by its one writer at a time only. */
	private final SentNumbers sent;

	private final AtomicBoolean ended = new AtomicBoolean();

	/** The streams open on this node, for the heartbeat and the gauge of open streams. */
	private static final Set<SseStream> OPEN = ConcurrentHashMap.newKeySet();

	/** When something was last queued on this stream (System.nanoTime). */
	private volatile long lastQueued = System.nanoTime();

	private volatile boolean closed;

	/**
	 * Opens the stream and queues a first comment, which commits the response so the browser knows at once that the
	 * stream is open. {@code gone} runs once the stream has ended for any reason.
	 */
	public SseStream(Runnable gone) {
		this(gone, 0);
	}

	/**
	 * As {@link #SseStream(Runnable)}, for a page that already shows every numbered event up to {@code loadedUpTo}
	 * (the state it read when it opened): those are not sent again.
	 */
	public SseStream(Runnable gone, long loadedUpTo) {
		this.gone = gone;
		this.sent = new SentNumbers(loadedUpTo);
		emitter.onCompletion(this::ended);
		emitter.onTimeout(this::ended);
		emitter.onError(error -> ended());
		OPEN.add(this);
		send(batch -> batch.add(SseEmitter.event().comment("connected")));
	}

	/** How many streams are open on this node. */
	public static int openStreams() {
		return OPEN.size();
	}

	/**
	 * Sends a comment to every open stream that has had nothing queued for {@code idle}; answers how many. A stream
	 * whose reader has gone fails the write (at the latest on the next beat) and is closed.
	 */
	public static int beatIdle(Duration idle) {
		long now = System.nanoTime();
		int beaten = 0;
		for (SseStream stream : OPEN) {
			if (now - stream.lastQueued >= idle.toNanos()) {
				stream.send(batch -> batch.add(SseEmitter.event().comment("")));
				beaten++;
			}
		}
		return beaten;
	}

	public SseEmitter emitter() {
		return emitter;
	}

	/** Queues an event; returns at once. */
	public void send(Write write) {
		if (closed) {
			return;
		}
		if (waiting.incrementAndGet() > MAX_BACKLOG) {
			close(new IOException("The reader has " + MAX_BACKLOG + " unread events"));
			return;
		}
		lastQueued = System.nanoTime();
		backlog.add(write);
		drainLater();
	}

	/** Queues a named event whose data is {@code data} as JSON. */
	public void send(String event, Object data) {
		send(batch -> batch.add(SseEmitter.event().name(event).data(data)));
	}

	public boolean isOpen() {
		return !closed;
	}

	private void drainLater() {
		if (draining.compareAndSet(false, true)) {
			try {
				WRITERS.execute(this::drain);
			}
			catch (RejectedExecutionException stopping) {
				draining.set(false);
			}
		}
	}

	private void drain() {
		try {
			Batch batch = new Batch(sent);
			Write next;
			while (!closed && (next = backlog.poll()) != null) {
				waiting.decrementAndGet();
				next.to(batch);
				if (batch.events >= BATCH_EVENTS) {
					batch.writeTo(emitter);
				}
			}
			batch.writeTo(emitter);
		}
		catch (IOException | IllegalStateException readerGone) {
			close(readerGone);
		}
		finally {
			draining.set(false);
		}
		if (!closed && !backlog.isEmpty()) {
			drainLater();
		}
	}

	private void close(Throwable why) {
		ended();
		try {
			emitter.completeWithError(why);
		}
		catch (RuntimeException alreadyCompleted) {
			// the container finished the response first; nothing more to close
		}
	}

	private void ended() {
		closed = true;
		if (ended.compareAndSet(false, true)) {
			OPEN.remove(this);
			backlog.clear();
			gone.run();
		}
	}

	private static ThreadPoolExecutor writers(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
				new LinkedBlockingQueue<>(), runnable -> {
					Thread thread = new Thread(runnable, "sse-writer-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
