package no.samtale.platform;

import java.util.List;

/**
 * Addresses a module serves to callers who have not logged in, declared by the module as a bean so that the security
 * configuration need not know every module's paths. Both kinds are exempt from the CSRF token (they act for nobody's
 * login).
 *
 * @param sessionless served with no session, no CSRF cookie and no login at all (platforms' webhooks, the citizens'
 * web chat): nothing a browser session knows is ever read there
 * @param patterns Ant-style path patterns, such as {@code /api/v1/webchat/**}
 */
public record PublicPaths(boolean sessionless, List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	/** Open to anyone, served without any session. */
	public static PublicPaths sessionless(String... patterns) {
		return new PublicPaths(true, List.of(patterns));
	}

	/** Open to anyone, in the browser's chain: a logged-in employee is still known there (the scan, service info). */
	public static PublicPaths open(String... patterns) {
		return new PublicPaths(false, List.of(patterns));
	}

}
