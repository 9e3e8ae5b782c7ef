package no.samtale.identity.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.internal.UserViews.CreatedTokenView;
import no.samtale.identity.internal.UserViews.TokenView;

/** The caller's personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<TokenView> list(@AuthenticationPrincipal AuthenticatedUser caller) {
		return tokens.activeFor(caller.userId()).stream().map(TokenView::of).toList();
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) @Nullable Integer expiresInDays) {
	}

	/** The only answer that contains the token itself. */
	@PostMapping
	ResponseEntity<CreatedTokenView> create(@AuthenticationPrincipal AuthenticatedUser caller,
			@Valid @RequestBody NewToken request) {
		ApiTokens.CreatedToken created = tokens.create(caller.userId(), request.name().trim(), request.expiresInDays());
		ApiToken stored = created.stored();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CreatedTokenView(stored.id(), stored.name(), stored.prefix(), stored.createdAt(),
					stored.expiresAt(), created.token()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable long id) {
		tokens.revoke(caller.userId(), id);
		return ResponseEntity.noContent().build();
	}

}
