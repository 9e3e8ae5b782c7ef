package no.samtale.forum.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.forum.internal.ForumRequests.NewSpace;
import no.samtale.forum.internal.ForumRequests.SpaceChange;
import no.samtale.forum.internal.ForumRequests.Staff;
import no.samtale.forum.internal.ForumViews.SpaceSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;

/**
 * Creating, describing, staffing and opening a topic or group: each one transaction with its audit entry, so the
 * log never says something that did not happen, and each returns the space as it now stands.
 */
@Service
class SpaceAdministration {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	private final ForumReading reading;

	private final ForumAudit audit;

	private final Users users;

	SpaceAdministration(ForumSpaces spaces, ForumAccess access, ForumReading reading, ForumAudit audit, Users users) {
		this.spaces = spaces;
		this.access = access;
		this.reading = reading;
		this.audit = audit;
		this.users = users;
	}

	@Transactional
	SpaceSummary create(NewSpace request, CurrentUser user) {
		requireAdmin(user);
		long id = spaces.create(request.kind(), request.name(), request.description(),
				request.membership() == null ? Membership.OPEN : request.membership());
		audit.record(id, user.id(), ForumAuditAction.CREATE_SPACE, ForumAuditTarget.space(id), request.name());
		return reading.space(access.of(id, user));
	}

	@Transactional
	SpaceSummary change(long id, SpaceChange request, CurrentUser user) {
		access.toModerate(id, user);
		spaces.describe(id, request.name(), request.description(), request.membership());
		audit.record(id, user.id(), ForumAuditAction.CHANGE_SPACE, ForumAuditTarget.space(id), request.name());
		return reading.space(access.of(id, user));
	}

	@Transactional
	SpaceSummary staff(long id, Staff request, CurrentUser user) {
		requireAdmin(user);
		if (users.people(request.moderatorIds()).size() != request.moderatorIds().size()) {
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

	@Transactional
	SpaceSummary open(long id, CurrentUser user) {
		if (!access.of(id, user).canModerate()) {
			throw new ForbiddenException("Only an administrator or the topic's moderator may open it");
		}
		spaces.open(id);
		audit.record(id, user.id(), ForumAuditAction.OPEN_TOPIC, ForumAuditTarget.space(id), "");
		return reading.space(access.of(id, user));
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only an administrator may do this");
		}
	}

}
