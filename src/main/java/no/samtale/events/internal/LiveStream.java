package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.SseStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A nettprat's live stream. Every change a reader may see (a question approved, a vote count, an answer, a merge, a
 * question taken off the board) is written to {@code events_live_change} in the transaction that made it; its id is
 * the SSE event id. After commit a cluster signal (event and change id) tells every node, and each node reads the
 * change once and queues it on each page open on it through its {@link SseStream}, which writes it on platform's
 * writer threads: the request that answered never waits for a slow page, and each page gets its events in order. A
 * page that reconnects with {@code Last-Event-ID} is first sent what it missed, read from the database.
 */
@Component
class LiveStream {

	static final String EVENT = "change";

	/**
	 * Change kinds, as {@code kind} in each event's data. {@code TICK} carries what moved in one tick
	 * ({@link LiveTicks}): {@code questions}, every question of the nettprat approved, and {@code counts}, each
	 * question whose votes moved. {@code APPROVALS}, {@code APPROVED} and {@code VOTES} are what earlier versions
	 * wrote, still in the change log and sent to a page that catches up over it. {@code CANCELLED} carries
	 * {@code cancelledAt} and {@code reason}: the nettprat was called off, and the page shows so.
	 */
	enum Kind {
		TICK, APPROVALS, APPROVED, VOTES, ANSWERED, MERGED, REMOVED, CANCELLED
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Map<Long, List<Page>> pages = new ConcurrentHashMap<>();

	static final String SIGNAL = "nettprat";

	private final ClusterSignals signals;

	LiveStream(JdbcClient jdbc, JsonMapper json, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.json = json;
		this.signals = signals;
		signals.on(SIGNAL, this::received);
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
		// To every node: each reads the change once and queues it on the pages open on it.
		signals.send(SIGNAL, eventId + " " + id);
	}

	private void received(String ids) {
		String[] parts = ids.split(" ");
		long eventId = Long.parseLong(parts[0]);
		List<Page> open = pages.getOrDefault(eventId, List.of());
		if (open.isEmpty()) {
			return;
		}
		jdbc.sql("select id, data from events_live_change where id = :id")
			.param("id", Long.parseLong(parts[1]))
			.query((rs, row) -> new SseStream.Rendered(rs.getLong("id"), EVENT, rs.getString("data")))
			.optional()
			// Rendered once here, written to every page as it is.
			.ifPresent(change -> open.forEach(page -> page.offer(change)));
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
		List<Page> open = pages.computeIfAbsent(eventId, key -> new CopyOnWriteArrayList<>());
		Page[] page = new Page[1];
		page[0] = new Page(() -> open.remove(page[0]), after == null ? 0 : after);
		open.add(page[0]);
		if (after != null) {
			page[0].stream.send(batch -> changesAfter(eventId, after).forEach(batch::addNumbered));
		}
		return page[0].stream.emitter();
	}

	private List<SseStream.Rendered> changesAfter(long eventId, long after) {
		return jdbc.sql("select id, data from events_live_change where event_id = :event and id > :after order by id")
			.param("event", eventId)
			.param("after", after)
			.query((rs, row) -> new SseStream.Rendered(rs.getLong("id"), EVENT, rs.getString("data")))
			.list();
	}

	/**
	 * One open page. Its stream writes in order on platform's writer threads and sends each numbered change once
	 * (a catch-up and a live push may both carry it, and a change may arrive after one with a higher id).
	 */
	private static final class Page {

		private final SseStream stream;

		/** {@code loadedUpTo}: changes up to this id were in what the page loaded (its Last-Event-ID, or its state). */
		Page(Runnable gone, long loadedUpTo) {
			this.stream = new SseStream(gone, loadedUpTo);
		}

		void offer(SseStream.Rendered change) {
			stream.send(batch -> batch.addNumbered(change));
		}

	}
}
