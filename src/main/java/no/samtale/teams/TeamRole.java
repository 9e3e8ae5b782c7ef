package no.samtale.teams;

/**
 * What a member does in a team: advisors answer citizens, editors write and publish posts, the lead answers citizens
 * too and keeps the team's duty roster (and is warned when a shift has fewer than two).
 */
public enum TeamRole {
	ADVISOR, EDITOR, LEAD
}
