package no.samtale.channels;

/**
 * Why an account cannot do something, as a code the client words (the inbox and the calendar show it on hover).
 * NOT_ON_PLATFORM: the platform's API has no such action (LinkedIn cannot hide a comment). NEEDS_APPROVAL: the
 * platform allows it only to approved apps. MANUAL_CHANNEL: the platform has no API at all (Snapchat); it is done in
 * the platform's app. NOT_CONNECTED: the account has no working connection. NOT_BUILT: the platform allows it but
 * Samtale does not do it yet.
 */
public enum CapabilityReason {
	NOT_ON_PLATFORM, NEEDS_APPROVAL, MANUAL_CHANNEL, NOT_CONNECTED, NOT_BUILT
}
