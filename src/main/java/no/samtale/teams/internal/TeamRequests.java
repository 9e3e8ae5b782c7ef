package no.samtale.teams.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.teams.TeamRole;

/** Request bodies of the teams API. */
final class TeamRequests {

	private TeamRequests() {
	}

	record NewTeam(@NotBlank @Size(max = 200) String name, @Nullable Long unitId) {
	}

	record MemberRole(@NotNull Long userId, @NotNull TeamRole role) {
	}

	/**
	 * Who is in the team: {@code members} with their roles, or {@code userIds} alone (those already in the team keep
	 * their role, newcomers are advisors).
	 */
	record Members(@Size(max = 200) @Nullable List<@NotNull Long> userIds,
			@Size(max = 200) @Nullable List<@NotNull @Valid MemberRole> members) {
	}

}
