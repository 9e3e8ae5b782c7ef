package no.samtale.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import no.samtale.platform.ProblemResponses;
import no.samtale.platform.Problems;

/** Security's answers (not logged in, not allowed, wrong password, missing CSRF token) as problem JSON. */
@Component
class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	private final ProblemResponses problems;

	SecurityProblemHandlers(ProblemResponses problems) {
		this.problems = problems;
	}

	/** Not logged in, or a bearer token that is unknown, expired or revoked. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		boolean bearer = request.getHeader("Authorization") != null;
		if (bearer) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		problems.write(request, response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
				bearer ? "The API token is unknown, expired or revoked"
						: "Log in, or send a personal API token as 'Authorization: Bearer <token>'");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (e instanceof CsrfException) {
			problems.write(request, response, HttpStatus.FORBIDDEN, Problems.CSRF, "Missing or wrong CSRF token",
					"Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");
			return;
		}
		problems.write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
				"You do not have the role this needs");
	}

	/**
	 * A failed password login. A wrong password, an unknown user, and a locked or disabled account get the same
	 * answer, so the answer never tells whether a username exists.
	 */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		problems.write(request, response, HttpStatus.UNAUTHORIZED, Problems.BAD_CREDENTIALS, "Wrong username or password",
				"The username or password is wrong");
	}

}
