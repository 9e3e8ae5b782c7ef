package no.samtale.identity.internal;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Role;
import no.samtale.identity.internal.UserViews.UserView;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Users, for administrators (the path is limited to ADMIN in {@link SecurityConfiguration}). */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserController {

	private final UserDirectory directory;

	private final UserAdministration administration;

	AdminUserController(UserDirectory directory, UserAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	PageResponse<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return directory.users(q, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	UserView show(@PathVariable long id) {
		return find(id);
	}

	record NewUserRequest(
			@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{2,64}", message = "2 to 64 letters, digits, '.', '_' or '-'") String username,
			@NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "[A-Za-z][0-9]{6}", message = "a letter and six digits, like Z990001") String employeeId,
			@Email @Size(max = 320) @Nullable String email, @Nullable Long unitId, @NotNull Set<@NotNull Role> roles,
			@NotNull String password) {
	}

	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request) {
		long id = administration.create(new UserAdministration.NewUser(request.username(), request.name(),
				request.employeeId(), request.email(), request.unitId(), request.roles(), request.password()));
		return ResponseEntity.status(HttpStatus.CREATED).body(find(id));
	}

	record UserChangeRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) @Nullable String email,
			@Nullable Long unitId,
			@NotNull Set<@NotNull Role> roles, @NotNull Boolean enabled) {
	}

	@PutMapping("/{id}")
	UserView change(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable long id,
			@Valid @RequestBody UserChangeRequest request) {
		administration.change(caller.userId(), id, new UserAdministration.UserChange(request.name(), request.email(),
				request.unitId(), request.roles(), request.enabled()));
		return find(id);
	}

	@PostMapping("/{id}/unlock")
	UserView unlock(@PathVariable long id) {
		administration.unlock(id);
		return find(id);
	}

	record PasswordReset(@NotNull String newPassword) {
	}

	@PostMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset request) {
		administration.resetPassword(id, request.newPassword());
		return ResponseEntity.noContent().build();
	}

	private UserView find(long id) {
		return directory.user(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
