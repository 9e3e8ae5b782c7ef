package no.samtale.channels;

/** Where an account lives. */
public enum Platform {
	FACEBOOK, INSTAGRAM, X, LINKEDIN, YOUTUBE, SNAPCHAT, BLOG, WEB_CHAT
}
