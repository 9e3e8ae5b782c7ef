package no.samtale.channels.internal.connect;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.internal.connect.ConnectionViews.ConnectionView;
import no.samtale.identity.CurrentUser;

/**
 * An account's connection on its admin page: its health and budget, connecting by OAuth (the platform sends the
 * browser back to {@code /api/v1/channels/oauth/callback}, which goes on to the account's page), and polling now.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ConnectionController {

	static final String CALLBACK = "/api/v1/channels/oauth/callback";

	private final Accounts accounts;

	private final ConnectionViews views;

	private final OAuthFlow flow;

	private final Polling polling;

	private final String publicUrl;

	ConnectionController(Accounts accounts, ConnectionViews views, OAuthFlow flow, Polling polling,
			@Value("${samtale.public-url:}") String publicUrl) {
		this.accounts = accounts;
		this.views = views;
		this.flow = flow;
		this.polling = polling;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	record Authorize(String authorizeUrl) {
	}

	@GetMapping("/api/v1/channels/accounts/{id}/connection")
	ConnectionView show(@PathVariable long id) {
		Account account = accounts.get(id);
		return views.connection(account, flow.hasProvider(account));
	}

	/** Starts connecting: answers the platform's address to send the browser to. */
	@PostMapping("/api/v1/channels/accounts/{id}/connect")
	Authorize connect(@PathVariable long id, CurrentUser user) {
		String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicUrl;
		return new Authorize(flow.start(id, user.id(), base + CALLBACK));
	}

	/** Where the platform sends the admin's browser back; a wrong state is 400 and connects nothing. */
	@GetMapping(CALLBACK)
	ResponseEntity<Void> callback(@RequestParam(required = false) String state,
			@RequestParam(required = false) String code, @RequestParam(required = false) String error,
			CurrentUser user) {
		long accountId = flow.complete(state, code, error, user.id());
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/admin/kanaler/konto/" + accountId + "?tilkoblet=1"))
			.build();
	}

	/** Polls the account now rather than at its next time (after connecting, or to see a fix work). */
	@PostMapping("/api/v1/channels/accounts/{id}/connection/poll")
	ConnectionView pollNow(@PathVariable long id) {
		accounts.get(id);
		polling.pollNow(id);
		return show(id);
	}

}
