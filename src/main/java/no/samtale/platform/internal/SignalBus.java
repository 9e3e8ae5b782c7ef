package no.samtale.platform.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samtale.platform.AfterCommit;
import no.samtale.platform.ClusterSignals;

/**
 * The signals of {@link ClusterSignals}: on PostgreSQL sent with {@code pg_notify} in the sender's transaction
 * (delivered when it commits) or at once outside one, and received by
 * {@link SignalListener} on its own connection (this node's own signals come back the same way, so every node,
 * this one included, pushes from one path); on H2, one node by definition, handed to the receivers in the process.
 * Each kind has one receiving thread, so a slow receiver of one kind never delays another kind.
 */
@Component
class SignalBus implements ClusterSignals, DisposableBean {

	static final String CHANNEL = "samtale_signal";

	/** pg_notify refuses payloads of 8000 bytes or more; signals are ids, far below. */
	static final int MAX_PAYLOAD = 7000;

	private static final Logger log = LoggerFactory.getLogger(SignalBus.class);

	private final Map<String, List<Consumer<String>>> receivers = new ConcurrentHashMap<>();

	private final Map<String, ExecutorService> threads = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final SignalListener listener;

	SignalBus(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.listener = dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") ? new SignalListener(pool, this::received) : null;
		if (listener != null) {
			listener.start();
		}
	}

	/** True when signals travel through PostgreSQL (several nodes possible), false when they stay in the process. */
	boolean clustered() {
		return listener != null;
	}

	/** Whether the listening connection is up; always true in the process. */
	boolean listening() {
		return listener == null || listener.connected();
	}

	@Override
	public void send(String kind, String ids) {
		if (kind.indexOf(' ') >= 0 || kind.length() + ids.length() + 1 > MAX_PAYLOAD) {
			throw new IllegalArgumentException("A signal is a kind without spaces and a few ids");
		}
		String message = kind + " " + ids;
		if (listener == null) {
			AfterCommit.run(() -> received(message));
		}
		else if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// NOTIFY is transactional: sent in the transaction, on its connection, PostgreSQL delivers it when the
			// transaction commits and never when it rolls back. No second connection is needed.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					signal(kind, message);
				}

			});
		}
		else {
			signal(kind, message);
		}
	}

	private void signal(String kind, String message) {
		try {
			jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, message);
		}
		catch (RuntimeException e) {
			// Pages and other nodes catch up from the database.
			log.warn("A cluster signal of kind {} could not be sent: {}", kind, e.getClass().getName());
		}
	}

	@Override
	public void on(String kind, Consumer<String> receiver) {
		receivers.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(receiver);
		threads.computeIfAbsent(kind, k -> Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "signal-" + k);
			thread.setDaemon(true);
			return thread;
		}));
	}

	private void received(String message) {
		int space = message.indexOf(' ');
		String kind = space < 0 ? message : message.substring(0, space);
		String ids = space < 0 ? "" : message.substring(space + 1);
		ExecutorService thread = threads.get(kind);
		if (thread == null) {
			return;
		}
		thread.execute(() -> receivers.getOrDefault(kind, List.of()).forEach(receiver -> {
			try {
				receiver.accept(ids);
			}
			catch (RuntimeException e) {
				log.warn("A receiver of cluster signals of kind {} failed", kind, e);
			}
		}));
	}

	@Override
	public void destroy() {
		if (listener != null) {
			listener.stop();
		}
		threads.values().forEach(ExecutorService::shutdownNow);
	}

}
