package no.samtale.guide;

/** The ways to get help the guide can send a citizen, from the least to the most staff time they take. */
public enum GuideChannel {
	SELF_SERVICE, CHAT, SOCIAL, PHONE, OFFICE
}
