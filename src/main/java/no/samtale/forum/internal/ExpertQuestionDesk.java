package no.samtale.forum.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.ExpertQuestions;
import no.samtale.forum.internal.ForumRequests.NewDiscussion;
import no.samtale.identity.CurrentUser;

/** The forum's side of questions brought from other modules: asked like any question, read back by state. */
@Service
class ExpertQuestionDesk implements ExpertQuestions {

	private final ForumDiscussions forum;

	private final Discussions discussions;

	private final Messages messages;

	ExpertQuestionDesk(ForumDiscussions forum, Discussions discussions, Messages messages) {
		this.forum = forum;
		this.discussions = discussions;
		this.messages = messages;
	}

	@Override
	@Transactional
	public long ask(long spaceId, CurrentUser asker, String title, String body) {
		return forum.ask(spaceId, new NewDiscussion(title, body, true, List.of()), asker).id();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<State> state(long discussionId) {
		Optional<DiscussionRecord> found = discussions.find(discussionId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		DiscussionRecord discussion = found.get();
		Long verified = discussion.verifiedMessageId();
		String answer = verified == null ? null
				: messages.find(verified, 0).filter(m -> !m.removed()).map(MessageRecord::body).orElse(null);
		return Optional.of(new State(discussion.id(), discussion.title(), discussion.status() == null ? "OPEN" : discussion.status().name(),
				answer == null ? null : verified, answer));
	}

}
