package no.samtale.notifications.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.SseHub;
import no.samtale.platform.SseStream;

/**
 * Pushes new notifications to the pages a person has open on any node, over Server-Sent Events. A stored
 * notification is announced to every node by a cluster signal (recipient and id) once its transaction committed;
 * the node that holds the person's stream reads it from the database and sends it, numbered by its id. A page that
 * reconnects (to any node) sends the last number as {@code Last-Event-ID} and is first sent what it missed. A sealed
 * notification (for an anonymous asker) names nobody in its signal: each node finds its reader among the people it
 * has streams for by their keyed hash.
 */
@Component
class NotificationStream {

	static final String SIGNAL = "notification";

	/** A sealed notification (for an anonymous asker): its id only, as no person may be named. */
	static final String SEALED_SIGNAL = "notification-sealed";

	/** A page that was away longer than this many notifications reloads its list anyway. */
	private static final int CATCH_UP = 100;

	private final SseHub<Long> streams = new SseHub<>();

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	private final AnonymousAskers askers;

	NotificationStream(JdbcClient jdbc, ClusterSignals signals, AnonymousAskers askers) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.askers = askers;
		signals.on(SIGNAL, this::received);
		signals.on(SEALED_SIGNAL, this::receivedSealed);
	}

	SseEmitter open(long userId, Long lastEventId) {
		if (lastEventId == null) {
			return streams.open(userId);
		}
		return streams.open(userId, batch -> since(userId, lastEventId).forEach(missed -> write(batch, missed)));
	}

	/** Tells every node, once the current transaction commits, that the recipient has a new notification. */
	void announce(long recipient, long notificationId) {
		signals.send(SIGNAL, recipient + " " + notificationId);
	}

	/** Tells every node, once the current transaction commits, of a sealed notification for an anonymous asker. */
	void announceSealed(long notificationId) {
		signals.send(SEALED_SIGNAL, Long.toString(notificationId));
	}

	/**
	 * Whoever has a page open on this node and whose keyed hash for the nettprat is the notification's is its asker:
	 * one hash per person connected here, computed on the signal's own thread.
	 */
	private void receivedSealed(String id) {
		record Sealed(Notification notification, String key) {
		}
		jdbc.sql("select * from notifications_notification where id = :id and recipient_key is not null")
			.param("id", Long.parseLong(id.strip()))
			.query((rs, n) -> new Sealed(NotificationStore.row(rs, n), rs.getString("recipient_key")))
			.optional()
			.ifPresent(sealed -> streams.connected()
				.stream()
				.filter(reader -> askers.isTheirs(reader, sealed.notification().nettpratId(), sealed.key()))
				.forEach(reader -> streams.send(reader, (SseStream.Write) batch -> write(batch, sealed.notification()))));
	}

	private void received(String ids) {
		String[] parts = ids.split(" ");
		long recipient = Long.parseLong(parts[0]);
		long id = Long.parseLong(parts[1]);
		if (streams.isConnected(recipient)) {
			jdbc.sql("select * from notifications_notification where id = :id")
				.param("id", id)
				.query(NotificationStore::row)
				.optional()
				.ifPresent(notification -> streams.send(recipient, (SseStream.Write) batch -> write(batch, notification)));
		}
	}

	/** What a reconnecting page missed: the reader's own and the sealed ones kept under their keys. */
	private List<Notification> since(long recipient, long after) {
		List<String> keys = askers.keysOf(recipient);
		JdbcClient.StatementSpec query = jdbc.sql("select * from notifications_notification where "
				+ NotificationStore.readers(keys) + " and id > :after order by id limit :limit")
			.param("recipient", recipient)
			.param("after", after)
			.param("limit", CATCH_UP);
		return (keys.isEmpty() ? query : query.param("keys", keys)).query(NotificationStore::row).list();
	}

	private static void write(SseStream.Batch batch, Notification notification) {
		batch.addNumbered(notification.id(), "notification", notification);
	}

}
