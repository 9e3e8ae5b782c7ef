package no.samtale.platform;

import org.springframework.http.HttpMethod;

/**
 * A module's declaration that one client may call {@code method pattern} only so often. How often is configuration,
 * {@code samtale.rate-limits.<limit>} (such as {@code 60/1m}); a request over the limit is answered 429
 * {@code urn:samtale:problem:rate-limited} with {@code Retry-After}, before it reaches the controller.
 *
 * @param limit the name of the limit in configuration
 * @param key who "one client" is
 * @param cookie the cookie that names the client when {@code key} is {@link Key#COOKIE}
 */
public record RateLimitedPath(String limit, HttpMethod method, String pattern, Key key, String cookie) {

	/** What a bucket is counted per. */
	public enum Key {

		/** The client's address (the proxy's {@code X-Forwarded-For} only when forwarded headers are trusted). */
		ADDRESS,

		/** The logged-in user, or the address of an anonymous caller. */
		CALLER,

		/** The value of a cookie the module hands out (a chat session's); requests without it are not counted. */
		COOKIE

	}

	public static RateLimitedPath perAddress(String limit, HttpMethod method, String pattern) {
		return new RateLimitedPath(limit, method, pattern, Key.ADDRESS, null);
	}

	public static RateLimitedPath perCaller(String limit, HttpMethod method, String pattern) {
		return new RateLimitedPath(limit, method, pattern, Key.CALLER, null);
	}

	public static RateLimitedPath perCookie(String limit, HttpMethod method, String pattern, String cookie) {
		return new RateLimitedPath(limit, method, pattern, Key.COOKIE, cookie);
	}

}
