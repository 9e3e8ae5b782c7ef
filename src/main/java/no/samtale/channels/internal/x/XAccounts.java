package no.samtale.channels.internal.x;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.internal.meta.TokenCipher;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Which X user each X account is, its token (encrypted at rest), the newest mention the reconciliation poll has
 * seen, and what X's reply rule needs to know of the citizens' posts.
 */
@Component
class XAccounts {

	record XAccount(long accountId, String userId, String username, String sinceId) {
	}

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final DuplicateSafeInsert inserts;

	XAccounts(JdbcClient jdbc, TokenCipher cipher, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.inserts = inserts;
	}

	@Transactional
	void connect(long accountId, String userId, String username, String accessToken) {
		jdbc.sql("delete from channels_x_account where account_id = :account").param("account", accountId).update();
		jdbc.sql("""
				insert into channels_x_account (account_id, user_id, username, access_token)
				values (:account, :user, :username, :token)
				""")
			.param("account", accountId)
			.param("user", userId)
			.param("username", username)
			.param("token", cipher.encrypt(accessToken))
			.update();
	}

	Optional<XAccount> of(long accountId) {
		return jdbc.sql("select * from channels_x_account where account_id = :account")
			.param("account", accountId)
			.query((rs, n) -> new XAccount(rs.getLong("account_id"), rs.getString("user_id"), rs.getString("username"),
					rs.getString("since_id")))
			.optional();
	}

	Optional<XAccount> ofUser(String userId) {
		return jdbc.sql("select * from channels_x_account where user_id = :user")
			.param("user", userId)
			.query((rs, n) -> new XAccount(rs.getLong("account_id"), rs.getString("user_id"), rs.getString("username"),
					rs.getString("since_id")))
			.optional();
	}

	java.util.List<XAccount> all() {
		return jdbc.sql("select * from channels_x_account order by account_id")
			.query((rs, n) -> new XAccount(rs.getLong("account_id"), rs.getString("user_id"), rs.getString("username"),
					rs.getString("since_id")))
			.list();
	}

	Optional<String> token(long accountId) {
		return jdbc.sql("select access_token from channels_x_account where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(cipher::decrypt);
	}

	/** Moves the poll's cursor forward only: X ids grow with time, and an older one would read the same again. */
	void sinceId(long accountId, String newest) {
		of(accountId).filter(account -> XIds.newer(newest, account.sinceId()))
			.ifPresent(account -> jdbc.sql("update channels_x_account set since_id = :id where account_id = :account")
				.param("id", newest)
				.param("account", accountId)
				.update());
	}

	/**
	 * Records whether a citizen's post mentioned or quoted the account. X may send one post as two events (a reply
	 * and a mention), each telling part: what either told is kept.
	 */
	void remember(long accountId, String postId, String authorId, boolean mentions, boolean quotes) {
		int inserted = inserts.insert("""
				insert into channels_x_post (account_id, post_id, author_id, mentions_account, quotes_account)
				values (:account, :post, :author, :mentions, :quotes)
				""", "account_id, post_id", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("post", postId)
			.param("author", authorId)
			.param("mentions", mentions)
			.param("quotes", quotes)
			.update());
		if (inserted == 0 && (mentions || quotes)) {
			jdbc.sql("""
					update channels_x_post set mentions_account = mentions_account or :mentions,
					    quotes_account = quotes_account or :quotes
					where account_id = :account and post_id = :post
					""")
				.param("mentions", mentions)
				.param("quotes", quotes)
				.param("account", accountId)
				.param("post", postId)
				.update();
		}
	}

	/** Who wrote a citizen's post Samtale received, for a direct message in answer to it. */
	Optional<String> authorOf(long accountId, String postId) {
		return jdbc.sql("select author_id from channels_x_post where account_id = :account and post_id = :post")
			.param("account", accountId)
			.param("post", postId)
			.query(String.class)
			.optional();
	}

	/** Whether the post mentioned or quoted the account; empty when Samtale never received it. */
	Optional<XReplyRule.Post> post(long accountId, String postId) {
		return jdbc.sql("select * from channels_x_post where account_id = :account and post_id = :post")
			.param("account", accountId)
			.param("post", postId)
			.query((rs, n) -> new XReplyRule.Post(rs.getBoolean("mentions_account"), rs.getBoolean("quotes_account")))
			.optional();
	}

}
