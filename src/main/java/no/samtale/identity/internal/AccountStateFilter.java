package no.samtale.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import no.samtale.platform.ProblemResponses;
import no.samtale.platform.Problems;

/**
 * Re-checks the account behind a login on every request, since a session outlives the moment it was made: a user
 * an admin disabled is logged out at once, and a user holding a one-time password may do
 * nothing in the API but read themselves and choose a new password.
 */
class AccountStateFilter extends OncePerRequestFilter {

	static final java.net.URI PASSWORD_CHANGE_REQUIRED = Problems.type("password-change-required");

	private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/api/v1/me", "/api/v1/me/password",
			"/api/v1/info");

	private final JdbcClient jdbc;

	private final ProblemResponses problems;

	AccountStateFilter(JdbcClient jdbc, ProblemResponses problems) {
		this.jdbc = jdbc;
		this.problems = problems;
	}

	/** A lockout stops password logins only: a session made before it goes on (anyone can cause a lockout). */
	private record AccountState(boolean enabled, boolean mustChangePassword) {

		boolean usable() {
			return enabled;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			// A token's account state was read with the token itself, in the same request.
			Optional<AccountState> state = user instanceof TokenPrincipal token
					? Optional.of(new AccountState(true, token.mustChangePassword())) : stateOf(user.userId());
			if (state.isEmpty() || !state.get().usable()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (state.get().mustChangePassword() && request.getRequestURI().startsWith("/api/")
					&& !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(request.getRequestURI())) {
				problems.write(request, response, HttpStatus.FORBIDDEN, PASSWORD_CHANGE_REQUIRED,
						"Password change required",
						"Choose your own password (POST /api/v1/me/password) before using the rest of the API");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private Optional<AccountState> stateOf(long userId) {
		return jdbc.sql("select enabled, must_change_password from identity_user where id = :id")
			.param("id", userId)
			.query((rs, row) -> new AccountState(rs.getBoolean(1), rs.getBoolean(2)))
			.optional();
	}

}
