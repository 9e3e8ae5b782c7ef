package no.samtale.channels.internal.meta;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.ExpiringCache;
import no.samtale.channels.internal.connect.TokenCipher;

/** Which Meta page each account is, and its page token (decrypted only when a call to Meta needs it). */
@Component
class MetaPages {

	enum PageKind {
		FACEBOOK_PAGE, INSTAGRAM
	}

	record Page(long accountId, String pageId, PageKind kind, Instant connectedAt, Instant lastCheckedAt,
			Instant backfilledUntil) {
	}

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	// Every webhook entry is routed by page id; pages change when an admin connects one, which evicts.
	private final ExpiringCache<String, Optional<Long>> byPageId = new ExpiringCache<>(java.time.Duration.ofSeconds(5),
			1000);

	MetaPages(JdbcClient jdbc, TokenCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Transactional
	void connect(long accountId, String pageId, PageKind kind, String token, Instant checkedAt) {
		String sealed = cipher.encrypt(token);
		jdbc.sql("delete from channels_meta_page where account_id = :account or page_id = :page")
			.param("account", accountId)
			.param("page", pageId)
			.update();
		jdbc.sql("""
				insert into channels_meta_page (account_id, page_id, page_kind, token_cipher, connected_at, last_checked_at)
				values (:account, :page, :kind, :token, :now, :checked)
				""")
			.param("account", accountId)
			.param("page", pageId)
			.param("kind", kind.name())
			.param("token", sealed)
			.param("now", Timestamp.from(Instant.now()))
			.param("checked", checkedAt == null ? null : Timestamp.from(checkedAt))
			.update();
		byPageId.evict(pageId);
	}

	Optional<Page> of(long accountId) {
		return jdbc.sql("select * from channels_meta_page where account_id = :account")
			.param("account", accountId)
			.query(MetaPages::row)
			.optional();
	}

	List<Page> all() {
		return jdbc.sql("select * from channels_meta_page order by account_id").query(MetaPages::row).list();
	}

	/** Comments up to this time are known to be in: the next backfill after downtime reads from here. */
	void backfilled(long accountId, Instant until) {
		jdbc.sql("update channels_meta_page set backfilled_until = :until where account_id = :account")
			.param("until", Timestamp.from(until))
			.param("account", accountId)
			.update();
	}

	private static Page row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Page(rs.getLong("account_id"), rs.getString("page_id"), PageKind.valueOf(rs.getString("page_kind")),
				rs.getTimestamp("connected_at").toInstant(), instant(rs.getTimestamp("last_checked_at")),
				instant(rs.getTimestamp("backfilled_until")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	List<Long> connectedAccounts() {
		return jdbc.sql("select account_id from channels_meta_page order by account_id").query(Long.class).list();
	}

	Optional<Long> accountOfPage(String pageId) {
		return byPageId.get(pageId, id -> jdbc.sql("select account_id from channels_meta_page where page_id = :page")
			.param("page", id)
			.query(Long.class)
			.optional());
	}

	Optional<String> token(long accountId) {
		return jdbc.sql("select token_cipher from channels_meta_page where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(cipher::decrypt);
	}

	void checked(long accountId, Instant when) {
		jdbc.sql("update channels_meta_page set last_checked_at = :when where account_id = :account")
			.param("when", Timestamp.from(when))
			.param("account", accountId)
			.update();
	}

}
