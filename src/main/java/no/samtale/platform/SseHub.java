package no.samtale.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Event streams of one kind, by key (a user, a chat session). Sending only queues the event
 * on each stream ({@link SseStream}), so the listener or request that sends never waits for a reader. The hub
 * holds this node's streams only: a module sends a {@link ClusterSignals} signal after a change, and each node's
 * receiver reads what to push from the database and sends it to its own streams here.
 *
 * @param <K> what a stream is opened for
 */
public class SseHub<K> {

	private final Map<K, List<SseStream>> streams = new ConcurrentHashMap<>();

	public SseEmitter open(K key) {
		return open(key, null);
	}

	/** Opens a stream whose first event is {@code first} (a catch-up from the database), when not null. */
	public SseEmitter open(K key, SseStream.Write first) {
		List<SseStream> open = streams.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
		SseStream[] stream = new SseStream[1];
		stream[0] = new SseStream(() -> open.remove(stream[0]));
		if (first != null) {
			stream[0].send(first);
		}
		open.add(stream[0]);
		if (!stream[0].isOpen()) {
			open.remove(stream[0]);
		}
		return stream[0].emitter();
	}

	public void send(K key, String event, Object data) {
		for (SseStream stream : streams.getOrDefault(key, List.of())) {
			stream.send(event, data);
		}
	}

	/** Queues a write (one that may read the database on the writer's thread) on each of the key's streams. */
	public void send(K key, SseStream.Write write) {
		for (SseStream stream : streams.getOrDefault(key, List.of())) {
			stream.send(write);
		}
	}

	/** Whether this node has an open stream for the key. */
	public boolean isConnected(K key) {
		return !streams.getOrDefault(key, List.of()).isEmpty();
	}

	public void send(Collection<K> keys, String event, Object data) {
		keys.forEach(key -> send(key, event, data));
	}

	/** The keys with at least one open stream on this node. */
	public Collection<K> connected() {
		return streams.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
	}

}
