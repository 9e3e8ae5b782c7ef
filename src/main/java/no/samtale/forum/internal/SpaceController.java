package no.samtale.forum.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

import no.samtale.dialogue.SpaceKind;
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
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Topics and groups: listing, creating, staffing, opening, membership, figures and the audit trail. */
@RestController
@RequestMapping("/api/v1/spaces")
class SpaceController {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	private final ForumReading reading;

	private final ForumAudit audit;

	private final ForumFigures figures;

	private final Users users;

	private final SpaceAuditTrail auditTrail;

	SpaceController(ForumSpaces spaces, ForumAccess access, ForumReading reading, ForumAudit audit,
			ForumFigures figures, Users users, SpaceAuditTrail auditTrail) {
		this.auditTrail = auditTrail;
		this.spaces = spaces;
		this.access = access;
		this.reading = reading;
		this.audit = audit;
		this.figures = figures;
		this.users = users;
	}

	@GetMapping
	PageResponse<SpaceSummary> list(@ParameterObject @Valid SpaceFilter filter, CurrentUser user) {
		SpaceKind kind = filter.kind();
		PageQuery query = filter.paging();
		List<SpaceSummary> visible = spaces.all()
			.stream()
			.filter(space -> kind == null || space.space().kind() == kind)
			.map(space -> access.of(space, user))
			.filter(Access::canSee)
			.map(reading::space)
			.sorted(Comparator.comparing(SpaceSummary::kind).thenComparing(SpaceSummary::name))
			.toList();
		List<SpaceSummary> items = visible.stream().skip(query.offset()).limit(query.size()).toList();
		return PageResponse.of(items, query, visible.size());
	}

	@GetMapping("/{id}")
	SpaceSummary show(@PathVariable long id, CurrentUser user) {
		Access caller = access.of(id, user);
		if (!caller.canSee()) {
			throw new no.samtale.platform.NotFoundException("Space", id);
		}
		return reading.space(caller);
	}

	@PostMapping
	ResponseEntity<SpaceSummary> create(@Valid @RequestBody NewSpace request, CurrentUser user) {
		requireAdmin(user);
		long id = spaces.create(request.kind(), request.name(), request.description(),
				request.membership() == null ? Membership.OPEN : request.membership());
		audit.record(id, user.id(), ForumAuditAction.CREATE_SPACE, ForumAuditTarget.space(id), request.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(reading.space(access.of(id, user)));
	}

	@PutMapping("/{id}")
	SpaceSummary change(@PathVariable long id, @Valid @RequestBody SpaceChange request, CurrentUser user) {
		access.toModerate(id, user);
		spaces.describe(id, request.name(), request.description(), request.membership());
		audit.record(id, user.id(), ForumAuditAction.CHANGE_SPACE, ForumAuditTarget.space(id), request.name());
		return reading.space(access.of(id, user));
	}

	@PutMapping("/{id}/staff")
	SpaceSummary staff(@PathVariable long id, @Valid @RequestBody Staff request, CurrentUser user) {
		requireAdmin(user);
		Map<Long, Person> known = users.people(request.moderatorIds());
		if (known.size() != request.moderatorIds().size()) {
			throw new InvalidInputException("moderatorIds", "Unknown user among the moderators");
		}
		if (users.people(request.expertIds()).size() != request.expertIds().size()) {
			throw new InvalidInputException("expertIds", "Unknown user among the experts");
		}
		spaces.staff(id, request.moderatorIds(), request.expertIds());
		audit.record(id, user.id(), ForumAuditAction.CHANGE_STAFF, ForumAuditTarget.space(id),
				"moderators " + request.moderatorIds() + ", experts " + request.expertIds());
		return reading.space(access.of(id, user));
	}

	@PostMapping("/{id}/open")
	SpaceSummary open(@PathVariable long id, CurrentUser user) {
		Access caller = access.of(id, user);
		if (!caller.canModerate()) {
			throw new ForbiddenException("Only an administrator or the topic's moderator may open it");
		}
		spaces.open(id);
		audit.record(id, user.id(), ForumAuditAction.OPEN_TOPIC, ForumAuditTarget.space(id), "");
		return reading.space(access.of(id, user));
	}

	@GetMapping("/{id}/members")
	PageResponse<Person> members(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		access.toRead(id, user);
		PageResponse<Long> ids = spaces.members(id, PageQuery.of(page, size));
		Map<Long, Person> people = users.people(ids.items());
		return ids.map(userId -> ForumReading.person(people, userId));
	}

	/** Joining an open group oneself, or a moderator adding someone to any group. */
	@PostMapping("/{id}/members")
	ResponseEntity<Void> addMember(@PathVariable long id, @Valid @RequestBody NewMember request, CurrentUser user) {
		Access caller = access.of(id, user);
		boolean joiningOpenGroup = request.userId() == user.id() && caller.canJoin();
		if (!joiningOpenGroup && !caller.canModerate()) {
			throw new ForbiddenException("Only the group's moderator adds members to a closed group");
		}
		if (users.find(request.userId()).isEmpty()) {
			throw new InvalidInputException("userId", "There is no user " + request.userId());
		}
		spaces.addMember(id, request.userId());
		if (!joiningOpenGroup) {
			audit.record(id, user.id(), ForumAuditAction.ADD_MEMBER, ForumAuditTarget.user(request.userId()), "");
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/members/{userId}")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long userId, CurrentUser user) {
		if (userId != user.id()) {
			access.toModerate(id, user);
			audit.record(id, user.id(), ForumAuditAction.REMOVE_MEMBER, ForumAuditTarget.user(userId), "");
		}
		spaces.removeMember(id, userId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/figures")
	ForumFigures.Figures figures(@PathVariable long id, @ParameterObject @Valid FiguresQuery query, CurrentUser user) {
		Access caller = access.toRead(id, user);
		return figures.of(caller.space(), query.yearMonth());
	}

	@GetMapping("/{id}/audit")
	PageResponse<AuditView> audit(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		return auditTrail.of(id, PageQuery.of(page, size), user);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only an administrator may do this");
		}
	}

}
