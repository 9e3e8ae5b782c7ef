package no.samtale.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets a stored moment (a hearing's deadline, a nettprat's end) pass without waiting for it: the row's time is moved
 * a second into the past, as the clock would have moved it. The application reads these times from the database on
 * every request, so what it does after the moment is the same; the suite saves the seconds a test would sleep.
 */
public final class TimePasses {

	private TimePasses() {
	}

	/** Sets {@code column} of the row {@code id} in {@code table} to a second ago. */
	public static void past(JdbcClient jdbc, String table, String column, long id) {
		if (!(table + column).matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a plain table and column name: " + table + "." + column);
		}
		int moved = jdbc.sql("update " + table + " set " + column + " = :past where id = :id")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))))
			.param("id", id)
			.update();
		if (moved != 1) {
			throw new IllegalStateException("No row " + id + " in " + table);
		}
	}

}
