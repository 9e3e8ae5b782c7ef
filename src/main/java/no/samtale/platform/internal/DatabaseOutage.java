package no.samtale.platform.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an error that means "the database cannot be reached now" (no connection within the pool's timeout, a
 * connection refused or cut, a socket read that timed out) from every other error, so that a client gets a quick 503
 * with {@code Retry-After} instead of a 500 while the database is away.
 */
final class DatabaseOutage {

	/** What clients are told to wait before they try again. */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseOutage() {
	}

	static boolean causedBy(Throwable error) {
		int depth = 0;
		for (Throwable cause = error; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if ((cause instanceof SocketTimeoutException || cause instanceof ConnectException) && depth > 0) {
				return true;
			}
		}
		return false;
	}

}
