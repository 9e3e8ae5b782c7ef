package no.samtale.platform.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the start-up runners (the demo data of every module, the first administrator). Each
 * runner checks whether its data is there and adds it if not; two nodes starting at once on an empty database
 * would both find nothing and both insert. So on PostgreSQL a starting node takes a session-level advisory lock
 * before the first runner and gives it back after the last ({@link StartupLockRelease}); the other node waits, then
 * finds the data there. The lock is tried every 200 ms rather than waited for in one call, because the
 * connection's socket timeout would cut a long wait; a node that dies while holding it loses its session and so the
 * lock. The lock's session is a connection of its own, outside the pool, because the runners' work (and the events
 * it sets off) needs every pooled connection while the demo data loads. Readiness comes only after the runners, so
 * a waiting node takes no traffic. H2 is one node: no lock.
 */
@Component
class StartupLock implements ApplicationRunner, Ordered {

	/** Any number the application uses for nothing else; Flyway's own lock is another. */
	static final long KEY = 0x5A4D_7A1E_0001L;

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	private final HikariDataSource pool;

	private Connection holding;

	StartupLock(DataSource dataSource) {
		this.pool = dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:") ? hikari : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException, InterruptedException {
		if (pool == null) {
			return;
		}
		Connection connection = open();
		Instant since = Instant.now();
		boolean told = false;
		while (!tryLock(connection)) {
			if (!told && Duration.between(since, Instant.now()).toSeconds() >= 2) {
				log.info("Waiting for another node to finish its start-up work (demo data) before running ours");
				told = true;
			}
			Thread.sleep(200);
		}
		holding = connection;
	}

	/** Gives the lock back and the connection to the pool; called after the last runner. */
	void release() throws SQLException {
		if (holding == null) {
			return;
		}
		try (Connection connection = holding; PreparedStatement unlock = connection
			.prepareStatement("select pg_advisory_unlock(?)")) {
			unlock.setLong(1, KEY);
			unlock.execute();
		}
		finally {
			holding = null;
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
		properties.setProperty("ApplicationName", "samtale-startup");
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			lock.setLong(1, KEY);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
