package no.samtale.channels.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;
import no.samtale.privacy.RetentionTarget;

/**
 * The channels' raw copies under the retention rules: inbound messages by their kind, the web chat's sessions, and
 * the Meta webhook payloads as received (kept for inspection, then emptied by the shorter private-message time,
 * since one delivery may hold both kinds). Deleting an inbound row would let a late webhook redelivery bring it back
 * as new, so raw copies are always emptied, whatever the action.
 */
class ChannelRetention implements RetentionTarget {

	private final RetentionCategory category;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ChannelPersonalData personalData;

	ChannelRetention(RetentionCategory category, JdbcClient jdbc, Accounts accounts, ChannelPersonalData personalData) {
		this.category = category;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.personalData = personalData;
	}

	@Override
	public String name() {
		return "channel copies";
	}

	@Override
	public RetentionCategory category() {
		return category;
	}

	@Override
	public int countExpired(Instant cutoff) {
		int inbound = jdbc.sql("select count(*) from channels_inbound where " + inboundExpired())
			.param("cutoff", Timestamp.from(cutoff))
			.param("chats", accounts.idsOn(Platform.WEB_CHAT.name()))
			.query(Integer.class)
			.single();
		return inbound + switch (category) {
			case CHAT_TRANSCRIPTS -> expiredChats(cutoff).size();
			case PRIVATE_MESSAGES -> jdbc.sql("select count(*) from channels_meta_delivery where " + deliveryExpired())
				.param("cutoff", Timestamp.from(cutoff))
				.query(Integer.class)
				.single();
			default -> 0;
		};
	}

	@Override
	public int expire(Instant cutoff, RetentionAction action) {
		int changed = jdbc.sql("""
				update channels_inbound set body = null, context_body = null, author_name = null,
				    author_external_id = 'anonymised'
				where """ + " " + inboundExpired())
			.param("cutoff", Timestamp.from(cutoff))
			.param("chats", accounts.idsOn(Platform.WEB_CHAT.name()))
			.update();
		if (category == RetentionCategory.CHAT_TRANSCRIPTS) {
			changed += personalData.forgetChats(expiredChats(cutoff));
		}
		if (category == RetentionCategory.PRIVATE_MESSAGES) {
			// Names looked up for private senders go with their messages; one who writes again is looked up anew.
			changed += jdbc.sql("delete from channels_meta_sender where looked_up_at < :cutoff")
				.param("cutoff", Timestamp.from(cutoff))
				.update();
			changed += jdbc.sql("update channels_meta_delivery set payload = '{}' where " + deliveryExpired())
				.param("cutoff", Timestamp.from(cutoff))
				.update();
		}
		return changed;
	}

	private String inboundExpired() {
		String kind = switch (category) {
			case PUBLIC_COMMENTS -> "kind = 'PUBLIC' and account_id not in (:chats)";
			case PRIVATE_MESSAGES -> "kind = 'PRIVATE' and account_id not in (:chats)";
			case CHAT_TRANSCRIPTS -> "account_id in (:chats)";
			case FORUM -> throw new IllegalStateException("The channels hold no forum");
		};
		return kind + " and received_at < :cutoff and author_external_id <> 'anonymised'";
	}

	private static String deliveryExpired() {
		return "received_at < :cutoff and state <> 'RECEIVED' and payload <> '{}'";
	}

	private List<Long> expiredChats(Instant cutoff) {
		return jdbc.sql("select id from channels_chat_session where last_seen_at < :cutoff and display_name is not null")
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.list();
	}

	@Configuration(proxyBeanMethods = false)
	static class Targets {

		@Bean
		RetentionTarget publicCommentCopies(JdbcClient jdbc, Accounts accounts, ChannelPersonalData personalData) {
			return new ChannelRetention(RetentionCategory.PUBLIC_COMMENTS, jdbc, accounts, personalData);
		}

		@Bean
		RetentionTarget privateMessageCopies(JdbcClient jdbc, Accounts accounts, ChannelPersonalData personalData) {
			return new ChannelRetention(RetentionCategory.PRIVATE_MESSAGES, jdbc, accounts, personalData);
		}

		@Bean
		RetentionTarget chatTranscriptCopies(JdbcClient jdbc, Accounts accounts, ChannelPersonalData personalData) {
			return new ChannelRetention(RetentionCategory.CHAT_TRANSCRIPTS, jdbc, accounts, personalData);
		}

	}

}
