package no.samtale.channels;

/** Which connector talks to an account's platform. */
public enum ConnectorKind {
	WEB_CHAT, SIMULATOR, META, BLOG, X, LINKEDIN
}
