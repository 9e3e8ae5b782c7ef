package no.samtale.forum.internal;

/** Whether anyone may join a group (OPEN) or only a moderator adds members (CLOSED). */
enum Membership {
	OPEN, CLOSED
}
