package no.samtale.platform;

import java.util.function.Consumer;

/**
 * Small signals to every node of the cluster, this one included: a kind and a few ids (never personal data, never
 * the payload, which receivers read from the database). On PostgreSQL they travel by {@code LISTEN/NOTIFY} on a
 * connection of their own; on the embedded database (one node) they stay in the process. A signal is sent once the
 * current transaction has committed, and not at all when it rolls back. Delivery is at most once: a node whose
 * listening connection was down misses what was sent meanwhile, so every receiver must be able to catch up from the
 * database (SSE pages by {@code Last-Event-ID} or a reload, search by its change feed).
 */
public interface ClusterSignals {

	/** Sends {@code ids} (a few numbers or words, at most a few hundred characters) to the receivers of {@code kind}. */
	void send(String kind, String ids);

	/**
	 * Registers a receiver. Receivers of one kind are called one signal at a time, in the order the database
	 * committed them, on a thread of their own, so a receiver may read the database.
	 */
	void on(String kind, Consumer<String> receiver);

}
