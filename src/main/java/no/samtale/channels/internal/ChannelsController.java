package no.samtale.channels.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Accounts;
import no.samtale.channels.Intake;
import no.samtale.channels.Teams;
import no.samtale.channels.internal.ChannelRequests.AccountForm;
import no.samtale.channels.internal.ChannelRequests.Accepted;
import no.samtale.channels.internal.ChannelRequests.Members;
import no.samtale.channels.internal.ChannelRequests.NewTeam;
import no.samtale.channels.internal.ChannelRequests.Pushed;
import no.samtale.channels.internal.ChannelViews.AccountView;
import no.samtale.channels.internal.ChannelViews.TeamView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;

/** Teams and accounts (admins configure them; advisors see their own), and the generic push intake. */
@RestController
class ChannelsController {

	private final Teams teams;

	private final Accounts accounts;

	private final Intake intake;

	private final ChannelViews views;

	private final Users users;

	ChannelsController(Teams teams, Accounts accounts, Intake intake, ChannelViews views, Users users) {
		this.teams = teams;
		this.accounts = accounts;
		this.intake = intake;
		this.views = views;
		this.users = users;
	}

	@GetMapping("/api/v1/channels/teams")
	List<TeamView> teams(CurrentUser user) {
		return teams.all()
			.stream()
			.filter(team -> user.hasRole(Role.ADMIN) || team.hasMember(user.id()))
			.map(views::team)
			.toList();
	}

	@PostMapping("/api/v1/channels/teams")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	TeamView createTeam(@Valid @RequestBody NewTeam request) {
		if (request.unitId() != null && users.unit(request.unitId()).isEmpty()) {
			throw new InvalidInputException("unitId", "No unit has this id");
		}
		return views.team(teams.get(teams.create(request.name().strip(), request.unitId())));
	}

	@PutMapping("/api/v1/channels/teams/{id}/members")
	@PreAuthorize("hasRole('ADMIN')")
	TeamView members(@PathVariable long id, @Valid @RequestBody Members request) {
		var known = users.people(request.userIds());
		for (int i = 0; i < request.userIds().size(); i++) {
			if (!known.containsKey(request.userIds().get(i))) {
				throw new InvalidInputException("userIds[" + i + "]", "No user has this id");
			}
		}
		teams.setMembers(id, request.userIds());
		return views.team(teams.get(id));
	}

	@GetMapping("/api/v1/channels/accounts")
	List<AccountView> accounts(CurrentUser user) {
		var visible = user.hasRole(Role.ADMIN) ? accounts.all() : accounts.ofTeams(teams.teamIdsOf(user.id()));
		return visible.stream().map(views::account).toList();
	}

	@PostMapping("/api/v1/channels/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	AccountView createAccount(@Valid @RequestBody AccountForm request) {
		return views.account(accounts.get(accounts.create(request.toSettings())));
	}

	@PutMapping("/api/v1/channels/accounts/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	AccountView updateAccount(@PathVariable long id, @Valid @RequestBody AccountForm request) {
		accounts.update(id, request.toSettings());
		return views.account(accounts.get(id));
	}

	/** For platforms without a connector of their own (a blog's comment system, an integration script). */
	@PostMapping("/api/v1/channels/accounts/{id}/inbound")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Accepted> push(@PathVariable long id, @Valid @RequestBody Pushed request) {
		Intake.Receipt receipt = intake.receive(id, request.toMessage());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(receipt.id(), receipt.duplicate()));
	}

}
