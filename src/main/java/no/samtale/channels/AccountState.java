package no.samtale.channels;

/** ACTIVE receives and sends; RECONNECT_NEEDED means the platform refused our credentials. */
public enum AccountState {
	ACTIVE, RECONNECT_NEEDED, DISABLED
}
