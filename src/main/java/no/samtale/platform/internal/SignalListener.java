package no.samtale.platform.internal;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of its own, outside the pool (a listening session must stay open and must not be handed to a
 * request), that {@code LISTEN}s for the cluster's signals. A connection that fails, or that does not answer the
 * check made every few seconds (a silent network cut shows no error), is closed and opened again, waiting longer
 * after each failure up to {@link #MAX_BACKOFF}. Signals sent while it was down are lost; receivers catch up from the
 * database.
 */
final class SignalListener {

	private static final Logger log = LoggerFactory.getLogger(SignalListener.class);

	static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

	private final HikariDataSource pool;

	private final Consumer<String> receiver;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile boolean connected;

	SignalListener(HikariDataSource pool, Consumer<String> receiver) {
		this.pool = pool;
		this.receiver = receiver;
		this.thread = new Thread(this::run, "signal-listener");
		this.thread.setDaemon(true);
	}

	void start() {
		thread.start();
	}

	void stop() {
		running = false;
		thread.interrupt();
	}

	boolean connected() {
		return connected;
	}

	private void run() {
		long backoff = 250;
		while (running) {
			try (Connection connection = open()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + SignalBus.CHANNEL);
				}
				connected = true;
				if (backoff > 250) {
					log.info("Listening for cluster signals again");
				}
				backoff = 250;
				listen(connection);
			}
			catch (SQLException | RuntimeException e) {
				if (!running) {
					return;
				}
				if (connected || backoff == 250) {
					log.warn("The connection for cluster signals failed; opening it again: {}", e.getMessage());
				}
			}
			finally {
				connected = false;
			}
			sleep(backoff);
			backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
		}
	}

	private void listen(Connection connection) throws SQLException {
		// The driver is a runtime dependency only, so its own interface is reached by reflection.
		Object postgres;
		Method getNotifications;
		Method getParameter;
		try {
			Class<?> type = Class.forName("org.postgresql.PGConnection");
			postgres = connection.unwrap(type);
			getNotifications = type.getMethod("getNotifications", int.class);
			getParameter = Class.forName("org.postgresql.PGNotification").getMethod("getParameter");
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("The PostgreSQL driver has no notifications", e);
		}
		long checked = System.nanoTime();
		while (running) {
			Object notifications = call(getNotifications, postgres, 500);
			for (int i = 0; notifications != null && i < Array.getLength(notifications); i++) {
				receiver.accept((String) call(getParameter, Array.get(notifications, i)));
			}
			if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select 1");
				}
				checked = System.nanoTime();
			}
		}
	}

	private static Object call(Method method, Object target, Object... arguments) throws SQLException {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException e) {
			if (e.getCause() instanceof SQLException failed) {
				throw failed;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private Connection open() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		// A check that hangs longer than this means the connection is gone.
		properties.setProperty("socketTimeout", "10");
		properties.setProperty("tcpKeepAlive", "true");
		properties.putIfAbsent("connectTimeout", "3");
		properties.setProperty("ApplicationName", "samtale-signals");
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	private void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
