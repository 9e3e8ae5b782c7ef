package no.samtale.identity.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Role;
import no.samtale.identity.UnitKind;
import no.samtale.identity.internal.UserViews.UnitView;
import no.samtale.platform.NotFoundException;

/** The organisation's units, readable by everyone and changed by administrators; and the list of roles. */
@RestController
class UnitController {

	private final UserDirectory directory;

	private final UnitAdministration administration;

	UnitController(UserDirectory directory, UnitAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping("/api/v1/units")
	List<UnitView> units() {
		return directory.units();
	}

	@GetMapping("/api/v1/roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	record UnitRequest(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind, @Nullable Long parentId) {
	}

	@PostMapping("/api/v1/admin/units")
	ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request) {
		long id = administration.create(request.name(), request.kind(), request.parentId());
		return ResponseEntity.status(HttpStatus.CREATED).body(find(id));
	}

	@PutMapping("/api/v1/admin/units/{id}")
	UnitView change(@PathVariable long id, @Valid @RequestBody UnitRequest request) {
		administration.change(id, request.name(), request.kind(), request.parentId());
		return find(id);
	}

	private UnitView find(long id) {
		return directory.units()
			.stream()
			.filter(unit -> unit.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Unit", id));
	}

}
