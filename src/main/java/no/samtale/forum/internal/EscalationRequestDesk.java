package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.forum.EscalationRequests;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Questions of principle brought from other modules: the forum's escalation, with the forum's access rules, on a
 * discussion started for the purpose (or the one raised before). The discussion is not a question awaiting an
 * answer from peers: the department's answer is what it waits for.
 */
@Service
class EscalationRequestDesk implements EscalationRequests {

	private final ForumAccess access;

	private final Discussions discussions;

	private final Escalations escalations;

	private final PersonalDataPolicy privacy;

	EscalationRequestDesk(ForumAccess access, Discussions discussions, Escalations escalations,
			PersonalDataPolicy privacy) {
		this.access = access;
		this.discussions = discussions;
		this.escalations = escalations;
		this.privacy = privacy;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRaise(long spaceId, CurrentUser user) {
		try {
			Access caller = access.of(spaceId, user);
			return caller.canSee() && caller.canRead() && caller.canEscalate();
		}
		catch (NotFoundException gone) {
			return false;
		}
	}

	@Override
	@Transactional
	public Raised raise(Request request, CurrentUser moderator) {
		Access caller = access.toRead(request.spaceId(), moderator);
		if (!caller.canEscalate()) {
			throw new ForbiddenException("Only the space's moderator lifts a question to the directorate");
		}
		privacy.refuseIdentityNumbers("summary", request.summary());
		Instant now = Instant.now();
		DiscussionRecord discussion = request.discussionId() == null ? start(request, moderator, now)
				: earlier(request);
		long escalationId = escalations.raise(discussion, moderator, request.departmentId(), request.summary(),
				request.deadline(), now);
		return new Raised(escalationId, discussion.id());
	}

	private DiscussionRecord start(Request request, CurrentUser moderator, Instant now) {
		privacy.refuseIdentityNumbers("title", request.title());
		privacy.refuseIdentityNumbers("body", request.body());
		long id = discussions.start(request.spaceId(), moderator.id(), request.title(), request.body(), false,
				List.of(), now);
		return discussions.get(id);
	}

	private DiscussionRecord earlier(Request request) {
		DiscussionRecord discussion = discussions.find(request.discussionId())
			.filter(found -> found.spaceId() == request.spaceId())
			.orElseThrow(() -> new InvalidInputException("discussionId", "Not a discussion of this space"));
		return discussion;
	}

}
