package no.samtale.archive.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import no.samtale.channels.Accounts;
import no.samtale.events.HearingFinalSummaries;
import no.samtale.events.HearingFinalSummary;
import no.samtale.forum.EscalationTranscript;
import no.samtale.forum.EscalationTranscripts;
import no.samtale.identity.Person;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;
import no.samtale.inbox.ConversationTranscript;
import no.samtale.inbox.ConversationTranscripts;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Posts;
import no.samtale.teams.Teams;

/** Reads an item from the module that owns it, as a case folder the archive can journal. */
@Component
class Sources {

	/** The archive's documents are in Norwegian: what stands in an erased message's place. */
	static final String ERASED = "(Teksten er slettet.)";


	private final ConversationTranscripts conversations;

	private final EscalationTranscripts escalations;

	private final Posts posts;

	private final HearingFinalSummaries hearings;

	private final Users users;

	private final Teams teams;

	private final Accounts accounts;

	Sources(ConversationTranscripts conversations, EscalationTranscripts escalations, Posts posts,
			HearingFinalSummaries hearings, Users users, Teams teams, Accounts accounts) {
		this.hearings = hearings;
		this.conversations = conversations;
		this.escalations = escalations;
		this.posts = posts;
		this.users = users;
		this.teams = teams;
		this.accounts = accounts;
	}

	Optional<CaseFolder> read(SourceKind kind, long id) {
		return switch (kind) {
			case CONVERSATION -> conversations.transcript(id).map(this::conversation);
			case ESCALATION -> escalations.transcript(id).map(this::escalation);
			case POST -> findPost(id).filter(post -> post.status() == PostStatus.PUBLISHED).map(this::post);
			case HEARING -> hearings.finalSummary(id).map(this::hearing);
		};
	}

	/** The team a conversation belongs to, for who may journal it by hand. */
	Optional<Long> conversationTeam(long id) {
		return conversations.transcript(id).map(ConversationTranscript::teamId);
	}

	/** Whether a conversation falls under the rule at all: private small talk of one's own case, not public threads. */
	boolean isPrivateConversation(long id) {
		return conversations.transcript(id).map(ConversationTranscript::privateConversation).orElse(false);
	}

	private CaseFolder conversation(ConversationTranscript c) {
		Map<Long, Person> people = users.people(Stream.concat(Stream.ofNullable(c.assigneeId()),
				c.lines().stream().map(ConversationTranscript.Line::authorId).filter(java.util.Objects::nonNull)).toList());
		List<CaseFolder.Entry> entries = new ArrayList<>();
		for (ConversationTranscript.Line line : c.lines()) {
			String type = switch (line.kind()) {
				case "IN" -> "I";
				case "OUT" -> "U";
				default -> "N";
			};
			String author = line.authorId() != null && people.containsKey(line.authorId())
					? people.get(line.authorId()).name() : line.authorName();
			// An erased message (privacy erasure, retention) keeps its place in the thread, without its words.
			entries.add(new CaseFolder.Entry(type, author == null ? "" : author, line.messageId(), line.externalId(),
					line.replyTo(), line.body() == null ? ERASED : line.body(), line.at()));
		}
		var team = teams.find(c.teamId());
		String unit = team.map(t -> t.unitId()).flatMap(unitId -> unitId == null ? Optional.empty() : users.unit(unitId))
			.map(Unit::name).orElse(team.map(t -> t.name()).orElse(null));
		String responsible = c.assigneeId() != null && people.containsKey(c.assigneeId())
				? people.get(c.assigneeId()).name() : team.map(t -> t.name()).orElse("");
		String platform = accounts.find(c.accountId()).map(a -> a.platform().name()).orElse(null);
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("conversationId", c.id());
		original.put("accountId", c.accountId());
		original.put("teamId", c.teamId());
		original.put("private", c.privateConversation());
		original.put("status", c.status().name());
		return new CaseFolder(SourceKind.CONVERSATION, c.id(), c.subject(), unit, responsible, c.correspondentName(),
				c.correspondentExternalId(), platform, c.openedAt(), c.closedAt(), entries, original);
	}

	private CaseFolder escalation(EscalationTranscript e) {
		Map<Long, Person> people = users.people(Stream.concat(Stream.of(e.raisedBy()), Stream.ofNullable(e.answeredBy())).toList());
		String department = users.unit(e.departmentId()).map(Unit::name).orElse(null);
		String moderator = people.containsKey(e.raisedBy()) ? people.get(e.raisedBy()).name() : "";
		List<CaseFolder.Entry> entries = new ArrayList<>();
		entries.add(new CaseFolder.Entry("U", moderator, e.id(), null, null, e.summary(), e.raisedAt()));
		if (e.answer() != null && e.answeredAt() != null) {
			String answerer = e.answeredBy() != null && people.containsKey(e.answeredBy())
					? people.get(e.answeredBy()).name() : "";
			entries.add(new CaseFolder.Entry("I", answerer, e.id(), null, e.id(), e.answer(), e.answeredAt()));
		}
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("escalation", e);
		// The folder closes with the answer: later follow-ups in the discussion are the forum's, not the case's.
		return new CaseFolder(SourceKind.ESCALATION, e.id(), e.discussionTitle(), department, moderator, department,
				null, null, e.raisedAt(), e.answeredAt(), entries, original);
	}

	private Optional<Post> findPost(long id) {
		try {
			return Optional.of(posts.get(id));
		}
		catch (RuntimeException notFound) {
			return Optional.empty();
		}
	}

	private CaseFolder post(Post p) {
		Map<Long, Person> people = users.people(List.of(p.authorId()));
		String author = people.containsKey(p.authorId()) ? people.get(p.authorId()).name() : "";
		String platform = accounts.find(p.accountId()).map(a -> a.platform().name()).orElse(null);
		String unit = teams.find(p.teamId()).map(t -> t.name()).orElse(null);
		String title = p.text().length() > 80 ? p.text().substring(0, 80) + "…" : p.text();
		var published = p.publishedAt() == null ? p.publishAt() : p.publishedAt();
		return new CaseFolder(SourceKind.POST, p.id(), title, unit, author, null, null, platform, p.createdAt(), published,
				List.of(new CaseFolder.Entry("U", author, p.id(), p.externalId(), null, p.text(), published)),
				Map.of("post", p));
	}

	private CaseFolder hearing(HearingFinalSummary h) {
		Map<Long, Person> people = users.people(List.of(h.createdBy(), h.publishedBy()));
		String publisher = people.containsKey(h.publishedBy()) ? people.get(h.publishedBy()).name() : "";
		String responsible = people.containsKey(h.createdBy()) ? people.get(h.createdBy()).name() : publisher;
		String unit = people.containsKey(h.createdBy()) ? people.get(h.createdBy()).unitName() : null;
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("hearing", h);
		// One outgoing entry: the summary as published; the responses themselves stay in the events module.
		return new CaseFolder(SourceKind.HEARING, h.hearingId(), "Oppsummering: " + h.title(), unit, responsible, null,
				null, null, h.createdAt(), h.publishedAt(),
				List.of(new CaseFolder.Entry("U", publisher, h.hearingId(), null, null, h.text(), h.publishedAt())),
				original);
	}

}
