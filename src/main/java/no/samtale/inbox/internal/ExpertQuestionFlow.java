package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import no.samtale.forum.AnswerVerified;
import no.samtale.forum.ExpertQuestions;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ExpertAnswerReady;
import no.samtale.inbox.internal.ExpertQuestionRedaction.Redacted;
import no.samtale.platform.InvalidInputException;

/**
 * An advisor takes a citizen's question to the forum's experts and gets the verified answer back as a draft reply.
 * The text is redacted here, before the forum sees it; the forum keeps the question, the inbox only the link. The
 * link in the question leads to the conversation, which only advisors of its team can open.
 */
@Service
class ExpertQuestionFlow {

	/** The forum's title limit; redaction makes a text longer, so it is checked after. */
	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 19_000;

	/** The forum's limit on a message (dialogue's Messages.MAX_BODY), checked after redaction and the link. */
	static final int FORUM_MAX_BODY = 20_000;

	record ExpertQuestionPreview(String title, String body, List<String> removed) {
	}

	/**
	 * The conversation's latest question to the experts. {@code status}: OPEN, ANSWERED, VERIFIED (or GONE when the
	 * discussion was deleted); {@code verifiedAnswer}: the moderator's quality-assured answer, to start a reply from.
	 */
	record ExpertQuestionView(long discussionId, String title, String status, Instant askedAt,
			@Nullable String verifiedAnswer) {
	}

	private final InboxAccess access;

	private final ConversationLog log;

	private final ExpertQuestionRedaction redaction;

	private final ExpertQuestions forum;

	private final ExpertQuestionStore store;

	private final ApplicationEventPublisher events;

	ExpertQuestionFlow(InboxAccess access, ConversationLog log, ExpertQuestionRedaction redaction,
			ExpertQuestions forum, ExpertQuestionStore store, ApplicationEventPublisher events) {
		this.access = access;
		this.log = log;
		this.redaction = redaction;
		this.forum = forum;
		this.store = store;
		this.events = events;
	}

	/** What the experts would read, for the advisor to check before asking. */
	@Transactional(readOnly = true)
	ExpertQuestionPreview preview(long conversationId, CurrentUser user, String title, String body) {
		Conversation conversation = access.workable(conversationId, user);
		return redacted(conversation, title, body);
	}

	/** Asks in one transaction: the forum's discussion and the inbox's link exist together or not at all. */
	@Transactional
	long ask(long conversationId, CurrentUser user, long spaceId, String title, String body) {
		Conversation conversation = access.workable(conversationId, user);
		ExpertQuestionPreview text = redacted(conversation, title, body);
		String withLink = text.body() + "\n\n---\nSpurt fra innboksen på vegne av en innbygger. Saken: [samtale "
				+ conversationId + "](/innboks/samtale/" + conversationId + ") (bare teamet som svarer, kan åpne den).";
		if (withLink.length() > FORUM_MAX_BODY) {
			throw new InvalidInputException("body", "Too long once personal data is marked as removed; shorten it");
		}
		long discussionId = forum.ask(spaceId, user, text.title(), withLink);
		store.insert(conversationId, discussionId, conversation.teamId(), user.id(), Instant.now());
		return discussionId;
	}

	@Nullable
	ExpertQuestionView latest(long conversationId) {
		List<ExpertQuestionStore.Asked> asked = store.ofConversation(conversationId);
		if (asked.isEmpty()) {
			return null;
		}
		ExpertQuestionStore.Asked last = asked.get(0);
		Optional<ExpertQuestions.State> state = forum.state(last.discussionId());
		return state
			.map(s -> new ExpertQuestionView(last.discussionId(), s.title(), s.status(), last.askedAt(),
					s.verifiedAnswer()))
			.orElseGet(() -> new ExpertQuestionView(last.discussionId(), "", "GONE", last.askedAt(), null));
	}

	/** The moderator verified an answer: the advisor who asked hears of it once per verification. */
	@ApplicationModuleListener
	void on(AnswerVerified verified) {
		store.byDiscussion(verified.discussionId()).ifPresent(asked -> {
			store.answered(asked.id(), verified.at());
			events.publishEvent(new ExpertAnswerReady(asked.conversationId(), asked.teamId(), asked.discussionId(),
					asked.askedBy(), verified.at()));
		});
	}

	private ExpertQuestionPreview redacted(Conversation conversation, String title, String body) {
		Set<String> names = new LinkedHashSet<>();
		names.add(conversation.correspondentName());
		log.messages(conversation.id())
			.stream()
			.filter(message -> "IN".equals(message.direction()))
			.forEach(message -> names.add(message.authorName()));
		Redacted cleanTitle = redaction.redact(title.strip(), names);
		Redacted cleanBody = redaction.redact(body.strip(), names);
		if (cleanTitle.text().length() > MAX_TITLE) {
			throw new InvalidInputException("title", "At most " + MAX_TITLE + " characters once personal data is removed");
		}
		Set<String> removed = new LinkedHashSet<>(cleanTitle.removed());
		removed.addAll(cleanBody.removed());
		return new ExpertQuestionPreview(cleanTitle.text(), cleanBody.text(), List.copyOf(removed));
	}

}
