package no.samtale.teams.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.teams.TeamMember;
import no.samtale.teams.Teams;
import no.samtale.teams.internal.TeamRequests.Members;
import no.samtale.teams.internal.TeamRequests.NewTeam;
import no.samtale.teams.internal.TeamViews.TeamView;

/**
 * Teams: admins create them and set their members; everyone else sees the teams they are in. The paths under
 * {@code /api/v1/channels/teams} are where teams lived before they had a module of their own; they stay for
 * existing clients.
 */
@RestController
class TeamsController {

	private final Teams teams;

	private final TeamViews views;

	private final Users users;

	TeamsController(Teams teams, TeamViews views, Users users) {
		this.teams = teams;
		this.views = views;
		this.users = users;
	}

	@GetMapping({ "/api/v1/teams", "/api/v1/channels/teams" })
	List<TeamView> teams(CurrentUser user) {
		return teams.all()
			.stream()
			.filter(team -> user.hasRole(Role.ADMIN) || team.hasMember(user.id()))
			.map(views::team)
			.toList();
	}

	@PostMapping({ "/api/v1/teams", "/api/v1/channels/teams" })
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	TeamView create(@Valid @RequestBody NewTeam request) {
		if (request.unitId() != null && users.unit(request.unitId()).isEmpty()) {
			throw new InvalidInputException("unitId", "No unit has this id");
		}
		return views.team(teams.get(teams.create(request.name().strip(), request.unitId())));
	}

	@PutMapping({ "/api/v1/teams/{id}/members", "/api/v1/channels/teams/{id}/members" })
	@PreAuthorize("hasRole('ADMIN')")
	TeamView members(@PathVariable long id, @Valid @RequestBody Members request) {
		if (request.members() != null) {
			List<Long> ids = request.members().stream().map(TeamRequests.MemberRole::userId).toList();
			checkKnown(ids, "members[%d].userId");
			teams.setMembersWithRoles(id,
					request.members().stream().map(member -> new TeamMember(member.userId(), member.role())).toList());
		}
		else if (request.userIds() != null) {
			checkKnown(request.userIds(), "userIds[%d]");
			teams.setMembers(id, request.userIds());
		}
		else {
			throw new InvalidInputException("members", "Give members (with roles) or userIds");
		}
		return views.team(teams.get(id));
	}

	private void checkKnown(List<Long> ids, String field) {
		var known = users.people(ids);
		for (int i = 0; i < ids.size(); i++) {
			if (!known.containsKey(ids.get(i))) {
				throw new InvalidInputException(field.formatted(i), "No user has this id");
			}
		}
	}

}
