package no.samtale.channels;

/**
 * Which connector talks to an account's platform. MANUAL is a channel with no API (Snapchat): advisors log what
 * they answered in the platform's own app.
 */
public enum ConnectorKind {
	WEB_CHAT, SIMULATOR, META, BLOG, YOUTUBE, X, LINKEDIN, MANUAL
}
