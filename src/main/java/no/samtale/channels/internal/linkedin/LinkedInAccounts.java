package no.samtale.channels.internal.linkedin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.internal.meta.TokenCipher;

/** Which LinkedIn organization each account is, its token (encrypted at rest), and how far notifications are pulled. */
@Component
class LinkedInAccounts {

	record Organization(long accountId, String urn, Instant pulledUntil) {
	}

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	LinkedInAccounts(JdbcClient jdbc, TokenCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Transactional
	void connect(long accountId, String organizationUrn, String accessToken) {
		jdbc.sql("delete from channels_linkedin_account where account_id = :account").param("account", accountId).update();
		jdbc.sql("""
				insert into channels_linkedin_account (account_id, organization_urn, access_token)
				values (:account, :urn, :token)
				""")
			.param("account", accountId)
			.param("urn", organizationUrn)
			.param("token", cipher.encrypt(accessToken))
			.update();
	}

	Optional<Organization> of(long accountId) {
		return jdbc.sql("select * from channels_linkedin_account where account_id = :account")
			.param("account", accountId)
			.query(LinkedInAccounts::row)
			.optional();
	}

	Optional<Organization> ofUrn(String urn) {
		return jdbc.sql("select * from channels_linkedin_account where organization_urn = :urn")
			.param("urn", urn)
			.query(LinkedInAccounts::row)
			.optional();
	}

	List<Organization> all() {
		return jdbc.sql("select * from channels_linkedin_account order by account_id").query(LinkedInAccounts::row).list();
	}

	Optional<String> token(long accountId) {
		return jdbc.sql("select access_token from channels_linkedin_account where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(cipher::decrypt);
	}

	void pulledUntil(long accountId, Instant until) {
		jdbc.sql("update channels_linkedin_account set pulled_until = :until where account_id = :account")
			.param("until", Timestamp.from(until))
			.param("account", accountId)
			.update();
	}

	private static Organization row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp pulled = rs.getTimestamp("pulled_until");
		return new Organization(rs.getLong("account_id"), rs.getString("organization_urn"),
				pulled == null ? null : pulled.toInstant());
	}

}
