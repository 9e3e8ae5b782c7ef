package no.samtale.identity.internal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Component;

/**
 * Counts failed password logins and locks password login after too many in a row (API tokens and sessions go on).
 * Each step is one atomic UPDATE so that parallel guesses cannot slip past the limit; attempts while locked do not
 * count, so a lock ends when it says it does.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	LoginAttempts(JdbcClient jdbc, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			jdbc.sql("""
					update identity_user set
					  locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
					  failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
					where username = :username and (locked_until is null or locked_until < :now)
					""")
				.param("now", java.sql.Timestamp.from(Instant.now()))
				.param("max", properties.maxFailedLogins())
				.param("until", java.sql.Timestamp.from(Instant.now().plus(properties.lockoutDuration())))
				.param("username", attempt.getName().trim().toLowerCase())
				.update();
		}
	}

	/**
	 * A login clears the count and is remembered as the last. A request with an API token is authenticated (and
	 * told as a success) each time: it is not a login, and writing the user's row for each one cost every API
	 * request a write on one hot row (the nettprat's votes waited on it under load).
	 */
	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof BearerTokenAuthentication) {
			return;
		}
		if (event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
			jdbc.sql("""
					update identity_user set failed_logins = 0, locked_until = null, last_login_at = :now
					where id = :id
					""").param("now", java.sql.Timestamp.from(Instant.now())).param("id", user.userId()).update();
		}
	}

	void unlock(long userId) {
		jdbc.sql("update identity_user set failed_logins = 0, locked_until = null where id = :id")
			.param("id", userId)
			.update();
	}

}
