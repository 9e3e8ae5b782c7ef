package no.samtale.channels;

/** What a connector can do on its platform. */
public enum Capability {
	RECEIVE, REPLY, REPLY_PRIVATELY, HIDE, DELETE, PUBLISH, SCHEDULE, FIGURES
}
