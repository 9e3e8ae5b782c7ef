package no.samtale.forum.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.DiscussionText;
import no.samtale.dialogue.DiscussionTexts;
import no.samtale.dialogue.DiscussionDeleted;
import no.samtale.dialogue.DiscussionVerified;
import no.samtale.dialogue.MessageEdited;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.dialogue.MessageRemoved;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;

/**
 * Keeps forum discussions in the index: every change to a discussion's public text reindexes the whole
 * discussion from the database (so events may arrive late, twice or out of order and the index still ends right),
 * and a rebuild streams them all in id order.
 */
@Component
class ForumSearchFeed implements SearchFeed {

	/** Discussions per round trip; with their messages, a few thousand rows. */
	static final int PAGE = 500;

	private final DiscussionTexts texts;

	private final SearchIndex index;

	ForumSearchFeed(DiscussionTexts texts, SearchIndex index) {
		this.texts = texts;
		this.index = index;
	}

	@ApplicationModuleListener
	void on(MessagePosted posted) {
		// A back-office note is not public text; nothing searchable changed.
		if (posted.kind() == MessageKind.POST) {
			reindex(posted.discussionId());
		}
	}

	@ApplicationModuleListener
	void on(MessageEdited edited) {
		reindex(edited.discussionId());
	}

	@ApplicationModuleListener
	void on(MessageRemoved removed) {
		reindex(removed.discussionId());
	}

	@ApplicationModuleListener
	void on(DiscussionDeleted deleted) {
		reindex(deleted.discussionId());
	}

	@ApplicationModuleListener
	void on(DiscussionVerified verified) {
		reindex(verified.discussionId());
	}

	void reindex(long discussionId) {
		index.reindex(SearchSource.FORUM, discussionId,
				() -> texts.find(discussionId).filter(ForumDocuments::isForum).map(ForumDocuments::of));
	}

	@Override
	public SearchSource source() {
		return SearchSource.FORUM;
	}

	@Override
	public long feed(Consumer<IndexableDocument> sink) {
		long messages = 0;
		long after = 0;
		List<DiscussionText> page;
		while (!(page = texts.after(after, PAGE)).isEmpty()) {
			for (DiscussionText text : page) {
				if (ForumDocuments.isForum(text)) {
					sink.accept(ForumDocuments.of(text));
					messages += text.messages().size();
				}
			}
			after = page.get(page.size() - 1).id();
		}
		return messages;
	}

}
