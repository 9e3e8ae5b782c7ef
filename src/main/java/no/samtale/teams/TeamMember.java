package no.samtale.teams;

/** One person in a team, with their role there. */
public record TeamMember(long userId, TeamRole role) {
}
