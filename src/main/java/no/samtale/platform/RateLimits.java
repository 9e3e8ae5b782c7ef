package no.samtale.platform;

import java.time.Duration;

/**
 * Token buckets per client, shared by every node through the database on PostgreSQL. Modules declare limited paths
 * as {@link RateLimitedPath} beans; a module that must count something no path tells (the login form's username)
 * asks here itself.
 */
public interface RateLimits {

	/**
	 * Takes one request from the bucket of {@code client} under the configured limit {@code limit}.
	 *
	 * @return zero when the request may go on, else how long the client should wait
	 */
	Duration consume(String limit, String client);

	/** Gives back what {@link #consume} took, for requests that should not count after all (a successful login). */
	void refund(String limit, String client);

}
