package no.samtale.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.internal.UserViews.MeView;
import no.samtale.platform.NotFoundException;

/** The caller's own account. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

	private final UserDirectory directory;

	private final UserAccountRepository accounts;

	private final UserAdministration administration;

	MeController(UserDirectory directory, UserAccountRepository accounts, UserAdministration administration) {
		this.directory = directory;
		this.accounts = accounts;
		this.administration = administration;
	}

	@GetMapping
	MeView me(@AuthenticationPrincipal AuthenticatedUser caller) {
		UserAccount account = accounts.findById(caller.userId())
			.orElseThrow(() -> new NotFoundException("User", caller.userId()));
		var user = directory.user(caller.userId()).orElseThrow();
		return new MeView(user.id(), user.username(), user.name(), user.employeeId(), user.email(), user.unit(),
				user.roles(), account.mustChangePassword(), caller.authMethod());
	}

	record PasswordChange(String currentPassword, @NotNull @NotBlank String newPassword) {
	}

	@PostMapping("/password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal AuthenticatedUser caller,
			@Valid @RequestBody PasswordChange change) {
		administration.changeOwnPassword(caller.userId(), change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

}
