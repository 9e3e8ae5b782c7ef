package no.samtale.inbox.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationsChanged;
import no.samtale.platform.BulkWork;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;

/**
 * Puts conversations that got an answer into the one search: the citizen's messages as the question and the
 * team's sent replies as the answers, with personal data masked as the inbox page shows it. A conversation's
 * "space" is its team, and only the team's advisors (and admins) read it, public or private. Every change
 * reindexes the whole conversation from the database, so late or repeated events still leave the index right.
 */
@Component
class InboxSearchFeed implements SearchFeed, SpaceReaders {

	private final JdbcClient jdbc;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ReplyStore replies;

	private final PersonalDataPolicy privacy;

	private final SearchIndex index;

	private final SearchableTeams searchable;

	private final BulkWork bulk;

	InboxSearchFeed(JdbcClient jdbc, ConversationStore conversations, ConversationLog log, ReplyStore replies,
			PersonalDataPolicy privacy, SearchIndex index, SearchableTeams searchable, BulkWork bulk) {
		this.bulk = bulk;
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.log = log;
		this.replies = replies;
		this.privacy = privacy;
		this.index = index;
		this.searchable = searchable;
	}

	@Override
	public SearchSource source() {
		return SearchSource.INBOX;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return searchable.readableBy(user);
	}

	@Override
	public String spaceName(long teamId) {
		return searchable.name(teamId);
	}

	@ApplicationModuleListener
	void on(ConversationChanged changed) {
		reindex(changed.conversationId());
	}

	/**
	 * A batch (citizens' messages threaded together): only a conversation with a sent reply has a document, and a
	 * citizen's message never gives one a reply, so one read finds those to reindex and the rest are left as they
	 * are (a change that took a conversation's last sent reply away removed its document then).
	 */
	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener
	void on(ConversationsChanged changed) {
		List<Long> ids = changed.conversationIds();
		bulk.inTransaction(() -> jdbc.sql("""
				select distinct conversation_id from inbox_reply
				where status = 'SENT' and body is not null and conversation_id in (:ids)
				""").param("ids", ids).query(Long.class).list().forEach(this::reindex));
	}

	void reindex(long conversationId) {
		index.reindex(SearchSource.INBOX, conversationId, () -> Optional.ofNullable(document(conversationId)));
	}

	@Override
	public long feed(Consumer<IndexableDocument> sink) {
		List<Long> answered = jdbc.sql("""
				select distinct conversation_id from inbox_reply where status = 'SENT' and body is not null
				order by conversation_id
				""").query(Long.class).list();
		long messages = 0;
		for (long id : answered) {
			IndexableDocument document = document(id);
			if (document != null) {
				sink.accept(document);
				messages++;
			}
		}
		return messages;
	}

	/** The conversation as a document, or null when it has no sent reply (or is gone or forgotten). */
	private IndexableDocument document(long conversationId) {
		List<Reply> sent = replies.ofConversation(conversationId)
			.stream()
			.filter(reply -> reply.status() == ReplyStatus.SENT && reply.body() != null)
			.toList();
		if (sent.isEmpty()) {
			return null;
		}
		Conversation conversation;
		try {
			conversation = conversations.get(conversationId);
		}
		catch (no.samtale.platform.NotFoundException gone) {
			return null;
		}
		String question = log.messages(conversationId)
			.stream()
			.filter(message -> "IN".equals(message.direction()) && message.body() != null)
			.map(message -> privacy.masked(message.body()))
			.collect(Collectors.joining("\n"));
		String answers = sent.stream().map(reply -> privacy.masked(reply.body())).collect(Collectors.joining("\n"));
		String subject = conversation.subject() == null ? "" : privacy.masked(conversation.subject());
		return new IndexableDocument(SearchSource.INBOX, conversationId, conversation.teamId(),
				conversation.kind().name(), subject, question, answers, conversation.status().name(), false,
				conversation.openedAt());
	}

}
