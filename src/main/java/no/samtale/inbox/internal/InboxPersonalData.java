package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Visibility;
import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;
import no.samtale.privacy.PersonalDataHolder;
import no.samtale.privacy.SubjectRecord;

/**
 * What the inbox holds about one citizen: the conversations they started (matched by platform id, or by name) and
 * every message they wrote in a thread. Erasure anonymises their own correspondence whole, and only their messages
 * in public threads others wrote in too; replies to them lose their wording, or are cancelled if they had not left.
 */
@Component
class InboxPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ConversationForgetting forgetting;

	private final ConversationStore store;

	private final ConversationLog log;

	private final ReplyErasure replyErasure;

	InboxPersonalData(JdbcClient jdbc, Accounts accounts, ConversationForgetting forgetting, ConversationStore store,
			ConversationLog log, ReplyErasure replyErasure) {
		this.replyErasure = replyErasure;
		this.store = store;
		this.log = log;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.forgetting = forgetting;
	}

	@Override
	public String name() {
		return "inbox";
	}

	@Override
	public List<SubjectRecord> find(DataSubject subject) {
		List<Conversation> started = conversations(subject);
		Map<Long, Account> byAccount = accounts.all().stream().collect(Collectors.toMap(Account::id, a -> a));
		List<SubjectRecord> records = new ArrayList<>();
		for (Conversation conversation : started) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("account", byAccount.get(conversation.accountId()).name());
			fields.put("platform", byAccount.get(conversation.accountId()).platform().name());
			fields.put("kind", conversation.kind().name());
			fields.put("status", conversation.status().name());
			fields.put("correspondentName", conversation.correspondentName());
			fields.put("correspondentExternalId", conversation.correspondentExternalId());
			records.add(new SubjectRecord("inbox_conversation", Long.toString(conversation.id()), conversation.openedAt(),
					fields));
		}
		for (InboxMessage message : messages(subject, started)) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("conversationId", message.conversationId());
			fields.put("direction", message.direction());
			fields.put("authorName", message.authorName());
			fields.put("externalId", message.externalId());
			fields.put("body", message.body());
			records.add(new SubjectRecord("inbox_message", Long.toString(message.id()), message.createdAt(), fields));
		}
		return records;
	}

	@Override
	public List<ErasedKind> erase(DataSubject subject) {
		List<Conversation> started = conversations(subject);
		List<Long> own = started.stream().filter(c -> c.kind() == Visibility.PRIVATE).map(Conversation::id).toList();
		Set<Long> ownSet = Set.copyOf(own);
		List<Long> messages = messages(subject, started).stream()
			.filter(message -> !ownSet.contains(message.conversationId()))
			.map(InboxMessage::id)
			.toList();
		List<Long> publicThreads = started.stream()
			.filter(c -> c.kind() == Visibility.PUBLIC)
			.map(Conversation::id)
			.toList();
		Set<String> names = new LinkedHashSet<>();
		if (subject.name() != null) {
			names.add(subject.name());
		}
		started.stream().map(Conversation::correspondentName).filter(Objects::nonNull).forEach(names::add);
		List<Long> searched = accounts.idsOn(subject.platform());
		// Replies first: anonymising a conversation below takes its wording, and a waiting one must be cancelled.
		ReplyErasure.Done replies = replyErasure.erase(started.stream().map(Conversation::id).toList(), names, searched);
		int notes = replyErasure.deleteNotesNaming(names, searched);
		int privateConversations = forgetting.anonymise(own);
		int ownMessages = forgetting.anonymiseMessages(messages);
		int threads = publicThreads.isEmpty() ? 0 : jdbc.sql("""
				update inbox_conversation set subject = null, correspondent_name = null,
				    correspondent_external_id = '', context_body = null where id in (:ids)
				""").param("ids", publicThreads).update();
		return List.of(new ErasedKind("PRIVATE_CONVERSATION", privateConversations),
				new ErasedKind("PUBLIC_THREAD", threads), new ErasedKind("MESSAGE", ownMessages),
				new ErasedKind("SENT_REPLY", replies.anonymisedSent()),
				new ErasedKind("CANCELLED_REPLY", replies.cancelled()), new ErasedKind("NOTE", notes));
	}

	private List<Conversation> conversations(DataSubject subject) {
		String where = subject.byId() ? "correspondent_external_id = :id" : "lower(correspondent_name) = lower(:name)";
		return jdbc.sql("select id from inbox_conversation where " + where + " and account_id in (:accounts) order by id")
			.param("id", subject.externalId())
			.param("name", subject.name())
			.param("accounts", accounts.idsOn(subject.platform()))
			.query(Long.class)
			.list()
			.stream()
			.map(store::get)
			.toList();
	}

	/** Their messages: every incoming one in conversations they started, and those under their name elsewhere. */
	private List<InboxMessage> messages(DataSubject subject, List<Conversation> started) {
		List<Long> ids = started.stream().map(Conversation::id).toList();
		String name = subject.name() != null ? subject.name()
				: started.stream().map(Conversation::correspondentName).findFirst().orElse(null);
		return jdbc.sql("""
				select m.id, m.conversation_id from inbox_message m join inbox_conversation c on c.id = m.conversation_id
				where c.account_id in (:accounts) and m.direction = 'IN'
				    and (m.conversation_id in (:ids) or lower(m.author_name) = lower(:name))
				order by m.id
				""")
			.param("accounts", accounts.idsOn(subject.platform()))
			.param("ids", ids.isEmpty() ? List.of(-1L) : ids)
			.param("name", name == null ? "" : name)
			.query((row, n) -> log.message(row.getLong("conversation_id"), row.getLong("id")))
			.list();
	}

}
