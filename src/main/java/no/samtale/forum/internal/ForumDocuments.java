package no.samtale.forum.internal;

import java.util.ArrayList;
import java.util.List;

import no.samtale.dialogue.DiscussionStatus;
import no.samtale.dialogue.DiscussionText;
import no.samtale.dialogue.SpaceKind;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/** A forum discussion as one search document: the verified answer leads the answers, as it leads the page. */
final class ForumDocuments {

	static final List<SpaceKind> KINDS = List.of(SpaceKind.TOPIC, SpaceKind.GROUP);

	private ForumDocuments() {
	}

	static boolean isForum(DiscussionText text) {
		return KINDS.contains(text.spaceKind());
	}

	static IndexableDocument of(DiscussionText text) {
		List<String> answers = new ArrayList<>();
		String verified = text.verifiedAnswer();
		if (!verified.isEmpty()) {
			answers.add(verified);
		}
		text.replies().stream()
			.filter(reply -> text.verifiedMessageId() == null || reply.id() != text.verifiedMessageId())
			.forEach(reply -> answers.add(reply.body()));
		return new IndexableDocument(SearchSource.FORUM, text.id(), text.spaceId(), text.spaceKind().name(),
				text.title(), text.firstMessage(), String.join("\n\n", answers),
				text.status() == null ? null : text.status().name(), text.status() == DiscussionStatus.VERIFIED,
				text.createdAt());
	}

}
