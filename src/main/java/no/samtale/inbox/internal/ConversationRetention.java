package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;
import no.samtale.privacy.RetentionTarget;

/**
 * The inbox's conversations under the retention rules: public comment threads, private correspondence and web chats
 * each by their own time, counted from the conversation's last activity. Works in batches, each committed, so a long
 * run holds no lock for long and a crash loses no work.
 */
class ConversationRetention implements RetentionTarget {

	private static final int BATCH = 500;

	private final RetentionCategory category;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ConversationForgetting forgetting;

	private final TransactionTemplate transactions;

	ConversationRetention(RetentionCategory category, JdbcClient jdbc, Accounts accounts,
			ConversationForgetting forgetting, TransactionTemplate transactions) {
		this.category = category;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.forgetting = forgetting;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "inbox conversations";
	}

	@Override
	public RetentionCategory category() {
		return category;
	}

	@Override
	public int countExpired(Instant cutoff) {
		return jdbc.sql("select count(*) from inbox_conversation c where " + expired())
			.param("cutoff", Timestamp.from(cutoff))
			.param("chats", accounts.idsOn(Platform.WEB_CHAT.name()))
			.query(Integer.class)
			.single();
	}

	@Override
	public int expire(Instant cutoff, RetentionAction action) {
		int total = 0;
		while (true) {
			Integer done = transactions.execute(status -> {
				List<Long> ids = jdbc.sql("select c.id from inbox_conversation c where " + expired() + " order by c.id limit "
						+ BATCH)
					.param("cutoff", Timestamp.from(cutoff))
					.param("chats", accounts.idsOn(Platform.WEB_CHAT.name()))
					.query(Long.class)
					.list();
				return action == RetentionAction.DELETE ? forgetting.delete(ids) : forgetting.anonymise(ids);
			});
			total += done;
			if (done < BATCH) {
				return total;
			}
		}
	}

	/** Anonymised conversations have no correspondent left, so they are not counted or anonymised twice. */
	private String expired() {
		String kind = switch (category) {
			case PUBLIC_COMMENTS -> "c.kind = 'PUBLIC' and c.account_id not in (:chats)";
			case PRIVATE_MESSAGES -> "c.kind = 'PRIVATE' and c.account_id not in (:chats)";
			case CHAT_TRANSCRIPTS -> "c.account_id in (:chats)";
			case FORUM -> throw new IllegalStateException("The inbox holds no forum");
		};
		return kind + " and c.last_activity_at < :cutoff and c.correspondent_external_id <> ''";
	}

	@Configuration(proxyBeanMethods = false)
	static class Targets {

		@Bean
		RetentionTarget publicCommentRetention(JdbcClient jdbc, Accounts accounts, ConversationForgetting forgetting,
				TransactionTemplate transactions) {
			return new ConversationRetention(RetentionCategory.PUBLIC_COMMENTS, jdbc, accounts, forgetting, transactions);
		}

		@Bean
		RetentionTarget privateMessageRetention(JdbcClient jdbc, Accounts accounts, ConversationForgetting forgetting,
				TransactionTemplate transactions) {
			return new ConversationRetention(RetentionCategory.PRIVATE_MESSAGES, jdbc, accounts, forgetting, transactions);
		}

		@Bean
		RetentionTarget chatTranscriptRetention(JdbcClient jdbc, Accounts accounts, ConversationForgetting forgetting,
				TransactionTemplate transactions) {
			return new ConversationRetention(RetentionCategory.CHAT_TRANSCRIPTS, jdbc, accounts, forgetting, transactions);
		}

	}

}
