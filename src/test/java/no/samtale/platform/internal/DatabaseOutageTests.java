package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTests {

	@Test
	void noConnectionFromThePoolIsAnOutage() {
		assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
	}

	@Test
	void aCutOrSilentConnectionIsAnOutage() {
		assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
		assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("gone",
				new SQLException("read timed out", null, new SocketTimeoutException())))).isTrue();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("x", null,
				new ConnectException("refused"))))).isTrue();
	}

	@Test
	void otherErrorsAreNot() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SocketTimeoutException("a call to another service"))).isFalse();
	}

}
