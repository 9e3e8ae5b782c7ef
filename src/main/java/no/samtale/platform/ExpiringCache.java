package no.samtale.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small in-process cache whose entries live for a fixed time, for data that is read on every request and
 * changes rarely (names, a space's staff). Each node keeps its own: a change made on this node evicts at once,
 * one made on another node shows here within the time to live.
 */
public final class ExpiringCache<K, V> {

	private record Entry<V>(V value, Instant expires) {
	}

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final Duration timeToLive;

	private final int maxEntries;

	private final Clock clock;

	public ExpiringCache(Duration timeToLive, int maxEntries) {
		this(timeToLive, maxEntries, Clock.systemUTC());
	}

	ExpiringCache(Duration timeToLive, int maxEntries, Clock clock) {
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	/** The cached value, or the loaded one; a null from the loader is not cached. */
	public V get(K key, Function<K, V> loader) {
		Instant now = clock.instant();
		Entry<V> entry = entries.get(key);
		if (entry != null && entry.expires().isAfter(now)) {
			return entry.value();
		}
		V value = loader.apply(key);
		if (value != null) {
			if (entries.size() >= maxEntries) {
				// Crude but bounded: a full cache starts over rather than growing without limit.
				entries.clear();
			}
			entries.put(key, new Entry<>(value, now.plus(timeToLive)));
		}
		return value;
	}

	public void evict(K key) {
		entries.remove(key);
	}

	public void clear() {
		entries.clear();
	}

}
