package no.samtale.forum.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.Spaces;
import no.samtale.forum.internal.ForumViews.AttachmentView;
import no.samtale.forum.internal.ForumViews.Department;
import no.samtale.forum.internal.ForumViews.DiscussionSummary;
import no.samtale.forum.internal.ForumViews.DiscussionView;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.forum.internal.ForumViews.Permissions;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.forum.internal.ForumViews.SpaceSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.PageResponse;

/** Turns forum and dialogue records into the API's views, looking up people in one query per view. */
@Component
class ForumReading {

	/** How much of a reported message the moderators' queue shows. */
	private static final int EXCERPT = 200;

	private static final Person UNKNOWN = new Person(0, "Ukjent", null);

	private final Users users;

	private final Spaces spaces;

	private final ForumSpaces forumSpaces;

	private final Discussions discussions;

	private final Messages messages;

	private final Escalations escalations;

	private final JdbcClient jdbc;

	ForumReading(Users users, Spaces spaces, ForumSpaces forumSpaces, Discussions discussions, Messages messages,
			Escalations escalations, JdbcClient jdbc) {
		this.users = users;
		this.spaces = spaces;
		this.forumSpaces = forumSpaces;
		this.discussions = discussions;
		this.messages = messages;
		this.escalations = escalations;
		this.jdbc = jdbc;
	}

	SpaceSummary space(Access access) {
		ForumSpace space = access.space();
		Map<Long, Person> people = users.people(union(space.moderators(), space.experts()));
		Spaces.Activity activity = spaces.activity(space.id());
		return new SpaceSummary(space.id(), space.space().kind(), space.space().name(), space.space().description(),
				space.open(), space.membership(), persons(space.moderators(), people), persons(space.experts(), people),
				forumSpaces.memberCount(space.id()), activity.discussions(), activity.messages(),
				activity.lastActivityAt(), access.highestRole(), access.canPost(), access.canModerate(), access.canJoin());
	}

	PageResponse<DiscussionSummary> discussions(PageResponse<DiscussionRecord> page) {
		Map<Long, Person> people = users.people(page.items().stream().map(DiscussionRecord::authorId).toList());
		Set<Long> escalated = escalated(page.items().stream().map(DiscussionRecord::id).toList());
		return page.map(d -> summary(d, people, escalated.contains(d.id())));
	}

	DiscussionView discussion(DiscussionRecord d, Access access, CurrentUser reader) {
		return discussion(d, access, reader, discussions.follows(d.id(), reader.id()));
	}

	/** The discussion as {@code reader} sees it, when whether they follow it is known already. */
	DiscussionView discussion(DiscussionRecord d, Access access, CurrentUser reader, boolean following) {
		List<MessageRecord> thread = messages.inDiscussion(d.id(), MessageKind.POST, reader.id());
		Map<Long, Person> people = users.people(
				Stream.concat(thread.stream().map(MessageRecord::authorId), Stream.of(d.authorId())).toList());
		long openingPost = thread.isEmpty() ? -1 : thread.get(0).id();
		List<MessageView> views = thread.stream()
			.map(m -> message(m, access.space(), people, d.verifiedMessageId(), reader, m.id() == openingPost))
			.toList();
		EscalationView escalation = escalations.latest(d.id()).map(this::escalation).orElse(null);
		boolean escalated = escalation != null && escalation.state() != EscalationState.CLOSED;
		Permissions permissions = new Permissions(access.canPost(), access.canVerify(), access.canModerate(),
				access.canSeeBackOffice(), access.canEscalate() && !escalated);
		return new DiscussionView(d.id(), d.spaceId(), access.space().space().name(), access.space().space().kind(),
				d.title(), person(people, d.authorId()), d.question(), d.status(), d.verifiedMessageId(),
				d.messageCount(), d.viewCount(), d.createdAt(), d.lastActivityAt(), escalated, following, views,
				escalation, permissions);
	}

	List<MessageView> backOffice(DiscussionRecord d, ForumSpace space, CurrentUser reader) {
		List<MessageRecord> notes = messages.inDiscussion(d.id(), MessageKind.NOTE, reader.id());
		Map<Long, Person> people = users.people(notes.stream().map(MessageRecord::authorId).toList());
		return notes.stream().map(m -> message(m, space, people, null, reader, false)).toList();
	}

	MessageView message(MessageRecord m, ForumSpace space, CurrentUser reader) {
		DiscussionRecord d = discussions.get(m.discussionId());
		return message(m, space, users.people(List.of(m.authorId())), d.verifiedMessageId(), reader, false);
	}

	EscalationView escalation(Escalation e) {
		DiscussionRecord d = discussions.get(e.discussionId());
		String spaceName = spaces.find(d.spaceId()).map(space -> space.name()).orElse("");
		Map<Long, Person> people = users.people(
				e.answeredBy() == null ? List.of(e.raisedBy()) : List.of(e.raisedBy(), e.answeredBy()));
		String department = users.unit(e.departmentId()).map(unit -> unit.name()).orElse("");
		return new EscalationView(e.id(), d.id(), d.title(), d.spaceId(), spaceName,
				new Department(e.departmentId(), department), e.summary(), e.state(), person(people, e.raisedBy()),
				e.raisedAt(), e.deadline(), e.overdueOn(Escalations.today()), e.acknowledgedAt(), e.answeredAt(),
				e.answer(), e.answeredBy() == null ? null : person(people, e.answeredBy()), e.closedAt());
	}

	ReportView report(Reports.Report r, CurrentUser reader) {
		Map<Long, Person> people = users.people(
				r.resolvedBy() == null ? List.of(r.reportedBy()) : List.of(r.reportedBy(), r.resolvedBy()));
		MessageRecord message = messages.get(r.messageId(), reader.id());
		String text = message.removed() ? "" : message.body();
		String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
		return new ReportView(r.id(), r.messageId(), r.discussionId(), discussions.get(r.discussionId()).title(),
				r.spaceId(), excerpt, r.reason(), person(people, r.reportedBy()), r.reportedAt(), r.status(),
				r.resolvedBy() == null ? null : person(people, r.resolvedBy()), r.resolvedAt(), r.resolution());
	}

	Map<Long, Person> people(Collection<Long> ids) {
		return users.people(ids);
	}

	static Person person(Map<Long, Person> people, long id) {
		return people.getOrDefault(id, new Person(id, UNKNOWN.name(), null));
	}

	private MessageView message(MessageRecord m, ForumSpace space, Map<Long, Person> people, Long verifiedId,
			CurrentUser reader, boolean openingPost) {
		SpaceRole role = space.moderators().contains(m.authorId()) ? SpaceRole.MODERATOR
				: space.experts().contains(m.authorId()) ? SpaceRole.EXPERT : null;
		List<AttachmentView> files = m.attachments()
			.stream()
			.map(a -> new AttachmentView(a.id(), a.filename(), a.contentType(), a.size(), "/api/v1/attachments/" + a.id()))
			.toList();
		return new MessageView(m.id(), person(people, m.authorId()), role, m.body(), m.html(), m.createdAt(),
				m.editedAt(), m.removed(), m.removalReason(), verifiedId != null && verifiedId == m.id(), m.reactions(),
				m.myReactions(), files, !m.removed() && m.authorId() == reader.id());
	}

	private DiscussionSummary summary(DiscussionRecord d, Map<Long, Person> people, boolean escalated) {
		return new DiscussionSummary(d.id(), d.spaceId(), d.title(), person(people, d.authorId()), d.question(),
				d.status(), d.messageCount(), d.viewCount(), d.createdAt(), d.lastActivityAt(), escalated);
	}

	private Set<Long> escalated(List<Long> discussionIds) {
		if (discussionIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select discussion_id from forum_escalation where discussion_id in (:ids) and state <> 'CLOSED'
				""").param("ids", discussionIds).query(Long.class).list());
	}

	private static List<Person> persons(Set<Long> ids, Map<Long, Person> people) {
		return ids.stream().map(id -> person(people, id)).sorted((a, b) -> a.name().compareTo(b.name())).toList();
	}

	private static Set<Long> union(Set<Long> a, Set<Long> b) {
		Set<Long> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

}
