package no.samtale.channels.internal.meta;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/** Admins connect an account to its Facebook page or Instagram account. The token is never shown again. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class MetaAccountController {

	record MetaConnection(@NotBlank @Pattern(regexp = "[0-9]{1,40}", message = "Must be Meta's numeric id") String pageId,
			@NotBlank @Size(max = 1000) String accessToken, @NotNull PageKind kind) {
	}

	record MetaConnectionView(@Nullable String pageId, @Nullable PageKind kind, boolean connected,
			@Nullable Instant lastCheckedAt,
			@Schema(implementation = AccountState.class) String state) {
	}

	private final MetaConnections connections;

	private final MetaPages pages;

	private final Accounts accounts;

	MetaAccountController(MetaConnections connections, MetaPages pages, Accounts accounts) {
		this.connections = connections;
		this.pages = pages;
		this.accounts = accounts;
	}

	@PutMapping("/api/v1/channels/accounts/{id}/meta")
	MetaConnectionView connect(@PathVariable long id, @Valid @RequestBody MetaConnection request) {
		connections.connect(id, request.pageId(), request.kind(), request.accessToken().strip());
		return show(id);
	}

	@GetMapping("/api/v1/channels/accounts/{id}/meta")
	MetaConnectionView show(@PathVariable long id) {
		Account account = accounts.get(id);
		Page page = pages.of(id).orElse(null);
		return page == null ? new MetaConnectionView(null, null, false, null, account.state().name())
				: new MetaConnectionView(page.pageId(), page.kind(), true, page.lastCheckedAt(), account.state().name());
	}

}
