package no.samtale.forum.internal;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.forum.internal.ForumQueries.FiguresQuery;
import no.samtale.forum.internal.ForumQueries.SpaceFilter;
import no.samtale.forum.internal.ForumRequests.NewMember;
import no.samtale.forum.internal.ForumRequests.NewSpace;
import no.samtale.forum.internal.ForumRequests.SpaceChange;
import no.samtale.forum.internal.ForumRequests.Staff;
import no.samtale.forum.internal.ForumViews.AuditView;
import no.samtale.forum.internal.ForumViews.SpaceSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/**
 * Topics and groups over HTTP: listing, creating, staffing, opening, membership, figures and the audit trail. The
 * use cases live in {@link SpaceCatalogue}, {@link SpaceAdministration}, {@link SpaceMembership} and
 * {@link SpaceAuditTrail}; this class only maps requests and statuses.
 */
@RestController
@RequestMapping("/api/v1/spaces")
class SpaceController {

	private final SpaceCatalogue catalogue;

	private final SpaceAdministration administration;

	private final SpaceMembership membership;

	private final SpaceAuditTrail auditTrail;

	SpaceController(SpaceCatalogue catalogue, SpaceAdministration administration, SpaceMembership membership,
			SpaceAuditTrail auditTrail) {
		this.catalogue = catalogue;
		this.administration = administration;
		this.membership = membership;
		this.auditTrail = auditTrail;
	}

	@GetMapping
	PageResponse<SpaceSummary> list(@ParameterObject @Valid SpaceFilter filter, CurrentUser user) {
		return catalogue.list(filter, user);
	}

	@GetMapping("/{id}")
	SpaceSummary show(@PathVariable long id, CurrentUser user) {
		return catalogue.show(id, user);
	}

	@PostMapping
	ResponseEntity<SpaceSummary> create(@Valid @RequestBody NewSpace request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(administration.create(request, user));
	}

	@PutMapping("/{id}")
	SpaceSummary change(@PathVariable long id, @Valid @RequestBody SpaceChange request, CurrentUser user) {
		return administration.change(id, request, user);
	}

	@PutMapping("/{id}/staff")
	SpaceSummary staff(@PathVariable long id, @Valid @RequestBody Staff request, CurrentUser user) {
		return administration.staff(id, request, user);
	}

	@PostMapping("/{id}/open")
	SpaceSummary open(@PathVariable long id, CurrentUser user) {
		return administration.open(id, user);
	}

	@GetMapping("/{id}/members")
	PageResponse<Person> members(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		return membership.members(id, PageQuery.of(page, size), user);
	}

	/** Joining an open group oneself, or a moderator adding someone to any group. */
	@PostMapping("/{id}/members")
	ResponseEntity<Void> addMember(@PathVariable long id, @Valid @RequestBody NewMember request, CurrentUser user) {
		membership.add(id, request, user);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/members/{userId}")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long userId, CurrentUser user) {
		membership.remove(id, userId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/figures")
	ForumFigures.Figures figures(@PathVariable long id, @ParameterObject @Valid FiguresQuery query, CurrentUser user) {
		return catalogue.figures(id, query, user);
	}

	@GetMapping("/{id}/audit")
	PageResponse<AuditView> audit(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		return auditTrail.of(id, PageQuery.of(page, size), user);
	}

}
