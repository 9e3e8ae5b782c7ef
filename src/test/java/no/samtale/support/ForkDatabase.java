package no.samtale.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives each test process that runs at the same time a PostgreSQL database of its own. Surefire runs the suite in
 * two processes to use both cores while one waits on a browser or a poll, and each process cleans its database
 * when its Spring context starts, so two sharing one would wipe each other's data. A process claims a slot with a
 * PostgreSQL advisory lock held for its lifetime (the lock goes when the process does, however it ends): slot 1
 * keeps the database it was given, slot n gets that name with {@code _fork<n>}, created on first use.
 */
final class ForkDatabase {

	private static final int SLOTS = 16;

	/** Holds the slot's lock until the process exits; never closed on purpose. */
	private static Connection slotHolder;

	private ForkDatabase() {
	}

	static synchronized String of(String url, String user, String password) {
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
		String server = url.substring(0, slash + 1);
		int slot = claimSlot(server + "postgres", user, password, name);
		if (slot == 1) {
			return url;
		}
		String own = name + "_fork" + slot;
		create(own);
		return server + own + (query < 0 ? "" : url.substring(query));
	}

	private static int claimSlot(String maintenanceUrl, String user, String password, String name) {
		try {
			slotHolder = DriverManager.getConnection(maintenanceUrl, user, password);
			try (PreparedStatement lock = slotHolder.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
				for (int slot = 1; slot <= SLOTS; slot++) {
					lock.setInt(1, name.hashCode());
					lock.setInt(2, slot);
					try (ResultSet claimed = lock.executeQuery()) {
						if (claimed.next() && claimed.getBoolean(1)) {
							return slot;
						}
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + maintenanceUrl, e);
		}
		throw new IllegalStateException("More than " + SLOTS + " test processes use database " + name + " at once");
	}

	private static void create(String name) {
		if (!name.matches("[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Statement statement = slotHolder.createStatement();
				ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
			if (!exists.next()) {
				statement.execute("create database " + name);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the test database " + name, e);
		}
	}

}
