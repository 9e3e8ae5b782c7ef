package no.samtale.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Inserts that a unique key may refuse because the row is already there (a second delivery of the same message,
 * a retried task). On PostgreSQL the insert says {@code on conflict do nothing}, because a refused insert would
 * abort the whole transaction; H2 has no such clause, and there a refused insert leaves the transaction usable,
 * so the duplicate error is caught instead. Either way the answer is the number of rows inserted: 0 for a
 * duplicate.
 */
@Component
public class DuplicateSafeInsert {

	private final boolean postgresql;

	/** Public for tests that run a module's SQL on a database without the application around it. */
	public DuplicateSafeInsert(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			this.postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("Cannot tell which database this is", e);
		}
	}

	/**
	 * The statement for a batch of such inserts, where one refused row must not fail the rest: on PostgreSQL it
	 * gains {@code on conflict do nothing}; on H2 it is left as it is, so it must skip existing rows itself
	 * ({@code insert … select … where not exists}). That guard is enough there: H2 is embedded, one node.
	 */
	public String forBatch(String insertSkippingExisting, String uniqueColumns) {
		return postgresql ? insertSkippingExisting.stripTrailing() + "\non conflict (" + uniqueColumns + ") do nothing"
				: insertSkippingExisting;
	}

	/** Whether this is PostgreSQL, for the few statements whose best form differs (row locks that skip). */
	public boolean postgresql() {
		return postgresql;
	}

	/**
	 * @param insert the insert statement, without a conflict clause
	 * @param uniqueColumns the columns of the unique key that may refuse it, as in {@code account_id, external_id}
	 * @param run runs the final statement and answers the rows it inserted
	 */
	public int insert(String insert, String uniqueColumns, ToIntFunction<String> run) {
		if (postgresql) {
			return run.applyAsInt(insert.stripTrailing() + "\non conflict (" + uniqueColumns + ") do nothing");
		}
		try {
			return run.applyAsInt(insert);
		}
		catch (DuplicateKeyException duplicate) {
			return 0;
		}
	}

}
