package no.samtale.channels.internal.x;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.AccessTokens;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.Connections;
import no.samtale.channels.internal.connect.TokenPair;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Which X user each X account is (its connection's external id), its current token (refreshed through
 * {@link AccessTokens}), and what X's reply rule needs to know of the citizens' posts.
 */
@Component
class XAccounts {

	record XAccount(long accountId, String userId, String username) {
	}

	private final JdbcClient jdbc;

	private final Connections connections;

	private final AccessTokens tokens;

	private final DuplicateSafeInsert inserts;

	XAccounts(JdbcClient jdbc, Connections connections, AccessTokens tokens, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.connections = connections;
		this.tokens = tokens;
		this.inserts = inserts;
	}

	/** Connects with tokens got elsewhere (the demo, tests); admins connect through the OAuth flow. */
	void connect(long accountId, String userId, String username, String accessToken) {
		connections.connect(accountId, ConnectorKind.X, userId, username,
				new TokenPair(accessToken, null, Instant.now().plusSeconds(7200), null, null));
	}

	Optional<XAccount> of(long accountId) {
		return connections.of(accountId).filter(c -> c.connector() == ConnectorKind.X && c.externalId() != null)
			.map(XAccounts::of);
	}

	Optional<XAccount> ofUser(String userId) {
		return all().stream().filter(account -> account.userId().equals(userId)).findFirst();
	}

	List<XAccount> all() {
		return connections.all(ConnectorKind.X).stream().filter(c -> c.externalId() != null).map(XAccounts::of).toList();
	}

	String token(long accountId) throws DeliveryFailure {
		return tokens.current(accountId);
	}

	String tokenAfterRejection(long accountId, String rejected) throws DeliveryFailure {
		return tokens.refreshAfterRejection(accountId, rejected);
	}

	private static XAccount of(Connection connection) {
		return new XAccount(connection.accountId(), connection.externalId(), connection.externalName());
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
