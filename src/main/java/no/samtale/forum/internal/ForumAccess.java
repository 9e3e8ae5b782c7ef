package no.samtale.forum.internal;

import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;

/** Looks up what the caller may do in a space, and refuses with the right problem when they may not. */
@Component
class ForumAccess {

	private final ForumSpaces spaces;

	ForumAccess(ForumSpaces spaces) {
		this.spaces = spaces;
	}

	Access of(ForumSpace space, CurrentUser user) {
		return new Access(space, spaces.rolesOf(space.id(), user.id()), user.hasRole(Role.ADMIN));
	}

	Access of(long spaceId, CurrentUser user) {
		return of(spaces.get(spaceId), user);
	}

	/** A space the caller may not even see answers 404, so its existence does not leak. */
	Access toRead(long spaceId, CurrentUser user) {
		Access access = of(spaceId, user);
		if (!access.canSee()) {
			throw new NotFoundException("Space", spaceId);
		}
		if (!access.canRead()) {
			throw new ForbiddenException("Only members of this closed group can read it");
		}
		return access;
	}

	Access toPost(long spaceId, CurrentUser user) {
		Access access = toRead(spaceId, user);
		if (!access.canPost()) {
			throw new ForbiddenException(access.space().isTopic() ? "This topic is not open yet"
					: "Join the group to write in it");
		}
		return access;
	}

	Access toModerate(long spaceId, CurrentUser user) {
		Access access = toRead(spaceId, user);
		if (!access.canModerate()) {
			throw new ForbiddenException("Only the space's moderator may do this");
		}
		return access;
	}

}
