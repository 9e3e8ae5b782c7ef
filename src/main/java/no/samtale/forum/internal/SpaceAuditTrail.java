package no.samtale.forum.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.Messages;
import no.samtale.forum.internal.ForumAuditTarget.AuditTargetKind;
import no.samtale.forum.internal.ForumViews.AuditTargetView;
import no.samtale.forum.internal.ForumViews.AuditView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/**
 * A space's log for its moderators, as facts a page can word: the people by name and the discussions by title, so
 * that nobody reads "user 5" or "message 12".
 */
@Service
class SpaceAuditTrail {

	private final ForumAccess access;

	private final ForumAudit audit;

	private final Users users;

	private final Discussions discussions;

	private final Messages messages;

	SpaceAuditTrail(ForumAccess access, ForumAudit audit, Users users, Discussions discussions, Messages messages) {
		this.access = access;
		this.audit = audit;
		this.users = users;
		this.discussions = discussions;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	PageResponse<AuditView> of(long spaceId, PageQuery page, CurrentUser user) {
		access.toModerate(spaceId, user);
		PageResponse<ForumAudit.Entry> entries = audit.of(spaceId, page);
		Set<Long> ids = new HashSet<>();
		for (ForumAudit.Entry entry : entries.items()) {
			ids.add(entry.actorId());
			entry.target().filter(t -> t.kind() == AuditTargetKind.USER).ifPresent(t -> ids.add(t.id()));
		}
		Map<Long, Person> people = users.people(ids);
		return entries.map(e -> new AuditView(e.id(), ForumReading.person(people, e.actorId()), e.action(),
				e.target().map(t -> target(spaceId, t, e, people, user)).orElse(null), detail(e), e.at()));
	}

	private AuditTargetView target(long spaceId, ForumAuditTarget target, ForumAudit.Entry entry,
			Map<Long, Person> people, CurrentUser reader) {
		return switch (target.kind()) {
			case USER -> new AuditTargetView(target.kind(), target.id(), ForumReading.person(people, target.id()).name(),
					null);
			case SPACE -> new AuditTargetView(target.kind(), target.id(), null, null);
			case DISCUSSION -> discussed(spaceId, target, entry, target.id());
			case MESSAGE -> discussed(spaceId, target, entry,
					messages.find(target.id(), reader.id()).map(m -> m.discussionId()).orElse(null));
		};
	}

	/** The discussion's title, only for a discussion in this space (the moderator reads the space, nothing else). */
	private AuditTargetView discussed(long spaceId, ForumAuditTarget target, ForumAudit.Entry entry,
			Long discussionId) {
		Optional<DiscussionRecord> discussion = Optional.ofNullable(discussionId)
			.flatMap(discussions::find)
			.filter(d -> d.spaceId() == spaceId);
		// The verifications always stored the title at the time: the name still for a discussion since deleted.
		String remembered = entry.action() == ForumAuditAction.VERIFY_ANSWER
				|| entry.action() == ForumAuditAction.UNVERIFY_ANSWER ? blankToNull(entry.detail()) : null;
		return new AuditTargetView(target.kind(), target.id(), discussion.map(DiscussionRecord::title).orElse(remembered),
				discussion.map(DiscussionRecord::id).orElse(null));
	}

	/** The free text worth showing; the staff list and the verified title are said by the line itself. */
	private static String detail(ForumAudit.Entry entry) {
		return switch (entry.action()) {
			case CHANGE_STAFF, VERIFY_ANSWER, UNVERIFY_ANSWER -> null;
			default -> blankToNull(entry.detail());
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
