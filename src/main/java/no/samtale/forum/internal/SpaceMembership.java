package no.samtale.forum.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.forum.internal.ForumRequests.NewMember;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/**
 * A group's members: who they are, joining an open group, and a moderator adding or removing someone. What a
 * moderator does to someone else is logged in the same transaction; what one does for oneself is not.
 */
@Service
class SpaceMembership {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	private final ForumAudit audit;

	private final Users users;

	SpaceMembership(ForumSpaces spaces, ForumAccess access, ForumAudit audit, Users users) {
		this.spaces = spaces;
		this.access = access;
		this.audit = audit;
		this.users = users;
	}

	@Transactional(readOnly = true)
	PageResponse<Person> members(long id, PageQuery page, CurrentUser user) {
		access.toRead(id, user);
		PageResponse<Long> ids = spaces.members(id, page);
		Map<Long, Person> people = users.people(ids.items());
		return ids.map(userId -> ForumReading.person(people, userId));
	}

	/** Joining an open group oneself, or a moderator adding someone to any group. */
	@Transactional
	void add(long id, NewMember request, CurrentUser user) {
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
	}

	/** Leaving oneself, or a moderator removing someone. */
	@Transactional
	void remove(long id, long userId, CurrentUser user) {
		if (userId != user.id()) {
			access.toModerate(id, user);
			audit.record(id, user.id(), ForumAuditAction.REMOVE_MEMBER, ForumAuditTarget.user(userId), "");
		}
		spaces.removeMember(id, userId);
	}

}
