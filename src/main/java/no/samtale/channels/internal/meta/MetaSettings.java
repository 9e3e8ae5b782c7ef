package no.samtale.channels.internal.meta;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Meta app this installation is: its app secret (signs every webhook delivery), the verify token Meta sends
 * back when the webhook is set up, and the Graph API's base address (a fake one in tests and demos).
 */
@Component
class MetaSettings {

	private final String appSecret;

	private final String verifyToken;

	private final String graphUrl;

	MetaSettings(@Value("${samtale.meta.app-secret:}") String appSecret,
			@Value("${samtale.meta.verify-token:}") String verifyToken,
			@Value("${samtale.meta.graph-url:https://graph.facebook.com/v25.0}") String graphUrl) {
		this.appSecret = appSecret;
		this.verifyToken = verifyToken;
		this.graphUrl = graphUrl.endsWith("/") ? graphUrl.substring(0, graphUrl.length() - 1) : graphUrl;
	}

	String appSecret() {
		return appSecret;
	}

	String verifyToken() {
		return verifyToken;
	}

	String graphUrl() {
		return graphUrl;
	}

	/** Without the app secret no delivery can be trusted and nothing is sent: Meta is switched off. */
	boolean configured() {
		return !appSecret.isBlank();
	}

}
