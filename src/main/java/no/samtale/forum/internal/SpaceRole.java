package no.samtale.forum.internal;

/** A person's part in one topic or group. */
enum SpaceRole {
	MODERATOR, EXPERT, MEMBER
}
