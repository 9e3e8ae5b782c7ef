package no.samtale.teams;

/** What a member does in a team: advisors answer citizens, editors write and publish posts. */
public enum TeamRole {
	ADVISOR, EDITOR
}
