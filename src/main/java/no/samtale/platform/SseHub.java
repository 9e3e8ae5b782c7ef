package no.samtale.platform;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Event streams of one kind, by key (a user, a chat session). Per node: with several nodes a
 * page gets live pushes only from the node it is connected to, and catches up on its next load, because the
 * database stays the source of truth.
 *
 * @param <K> what a stream is opened for
 */
public class SseHub<K> {

	private static final long TIMEOUT_MS = 30 * 60 * 1000L;

	private final Map<K, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

	public SseEmitter open(K key) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
		List<SseEmitter> streams = emitters.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
		streams.add(emitter);
		Runnable forget = () -> streams.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(error -> forget.run());
		try {
			// A first comment commits the response, so the browser knows at once that the stream is open.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException gone) {
			forget.run();
		}
		return emitter;
	}

	public void send(K key, String event, Object data) {
		for (SseEmitter emitter : emitters.getOrDefault(key, List.of())) {
			try {
				emitter.send(SseEmitter.event().name(event).data(data));
			}
			catch (IOException | IllegalStateException gone) {
				emitter.completeWithError(gone);
			}
		}
	}

	public void send(Collection<K> keys, String event, Object data) {
		keys.forEach(key -> send(key, event, data));
	}

	/** The keys with at least one open stream on this node. */
	public Collection<K> connected() {
		return emitters.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
	}

}
