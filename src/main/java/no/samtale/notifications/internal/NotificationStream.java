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
 * reconnects (to any node) sends the last number as {@code Last-Event-ID} and is first sent what it missed.
 */
@Component
class NotificationStream {

	static final String SIGNAL = "notification";

	/** A page that was away longer than this many notifications reloads its list anyway. */
	private static final int CATCH_UP = 100;

	private final SseHub<Long> streams = new SseHub<>();

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	NotificationStream(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		signals.on(SIGNAL, this::received);
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

	private List<Notification> since(long recipient, long after) {
		return jdbc.sql("""
				select * from notifications_notification where recipient_id = :recipient and id > :after
				order by id limit :limit
				""").param("recipient", recipient).param("after", after).param("limit", CATCH_UP)
			.query(NotificationStore::row)
			.list();
	}

	private static void write(SseStream.Batch batch, Notification notification) {
		batch.addNumbered(notification.id(), "notification", notification);
	}

}
