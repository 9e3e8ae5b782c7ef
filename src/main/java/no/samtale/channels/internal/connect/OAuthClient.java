package no.samtale.channels.internal.connect;

/** Samtale's registration as an OAuth 2.0 client of one platform, as its settings give it. */
public interface OAuthClient {

	/** Whether a client id is set; without it the connect button says the platform is not configured. */
	boolean configured();

	String authorizeUrl();

	String tokenUrl();

	String clientId();

	String clientSecret();

}
