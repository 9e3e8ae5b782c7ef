package no.samtale.channels.internal.hooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import no.samtale.channels.DeliveryFailure;

/**
 * One HTTP call to a platform, and what a call that got no answer means: a request that never reached it
 * (refused, connect timeout) is transient; a write that went out and got no answer (a read timeout, a broken
 * connection) has an unknown outcome, so the outbox reads back from the platform before it tries again.
 */
public final class PlatformHttp {

	/** An answer's longest wait: a slow 200 beyond it is treated as no answer. */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** What the platform answered. */
	public record Answer(int status, HttpHeaders headers, String body) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

	}

	private PlatformHttp() {
	}

	public static HttpRequest.Builder request(String url, Duration timeout) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
	}

	public static Answer send(HttpRequest request, String platform) throws DeliveryFailure {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers(), response.body() == null ? "" : response.body());
		}
		catch (ConnectException | HttpConnectTimeoutException e) {
			throw DeliveryFailure.transientFailure(platform + " could not be reached (" + e.getClass().getSimpleName() + ")");
		}
		catch (IOException e) {
			String message = "No answer from " + platform + " (" + e.getClass().getSimpleName() + ")";
			throw "GET".equals(request.method()) ? DeliveryFailure.transientFailure(message)
					: DeliveryFailure.outcomeUnknown(message);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.transientFailure("Interrupted while calling " + platform);
		}
	}

}
