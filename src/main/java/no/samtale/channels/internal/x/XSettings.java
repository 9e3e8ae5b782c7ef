package no.samtale.channels.internal.x;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The X app this installation is: the API's base address ({@code SAMTALE_X_API_URL}, the demo's own fake when
 * unset in demo mode) and the consumer secret that signs the Activity API's webhook deliveries and CRC answers.
 */
@Component
class XSettings {

	static final String DEFAULT_URL = "https://api.x.com/2";

	private final String apiUrl;

	private final Duration timeout;

	private final String consumerSecret;

	XSettings(@Value("${samtale.x.api-url:}") String apiUrl, @Value("${samtale.x.consumer-secret:}") String consumerSecret,
			@Value("${samtale.demo:false}") boolean demo, @Value("${server.port:8080}") int port,
			@Value("${samtale.x.timeout:PT20S}") Duration timeout) {
		this.timeout = timeout;
		String url = !apiUrl.isBlank() ? apiUrl : demo ? "http://127.0.0.1:" + port + XFakePlatform.BASE : DEFAULT_URL;
		this.apiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.consumerSecret = !consumerSecret.isBlank() ? consumerSecret : demo ? XFakePlatform.SECRET : "";
	}

	/** An answer's longest wait; a slower answer is no answer (an unknown outcome for a write). */
	Duration timeout() {
		return timeout;
	}

	String apiUrl() {
		return apiUrl;
	}

	String consumerSecret() {
		return consumerSecret;
	}

	boolean webhookConfigured() {
		return !consumerSecret.isBlank();
	}

}
