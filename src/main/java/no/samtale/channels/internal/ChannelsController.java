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
import no.samtale.channels.internal.ChannelRequests.AccountForm;
import no.samtale.channels.internal.ChannelRequests.Accepted;
import no.samtale.channels.internal.ChannelRequests.Pushed;
import no.samtale.channels.internal.ChannelViews.AccountView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.teams.Teams;

/** Accounts (admins configure them; advisors see their teams' own), and the generic push intake. */
@RestController
class ChannelsController {

	private final Teams teams;

	private final Accounts accounts;

	private final Intake intake;

	private final ChannelViews views;

	ChannelsController(Teams teams, Accounts accounts, Intake intake, ChannelViews views) {
		this.teams = teams;
		this.accounts = accounts;
		this.intake = intake;
		this.views = views;
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
