package no.samtale.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.events.NettpratAskers;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/**
 * The keyed hash that lets an anonymous asker, and nobody else, find their own questions: HMAC-SHA256 over the
 * event and the asker's id, keyed by the installation's secret key ({@code samtale.secret-key}) and a random salt
 * kept in the database. The question row holds only the hash, never the asker's id, so nobody who reads the rows
 * (moderators through the API, an administrator in the database without the secret key) can tell who asked; and
 * a hash differs between events, so two anonymous questions of one person cannot be linked across events. Other
 * modules compute it through {@link NettpratAskers} to keep what they hold for an anonymous asker under it.
 */
@Component
class AskerKeys implements NettpratAskers {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final String secretKey;

	private final TransactionTemplate ownTransaction;

	private volatile byte[] key;

	AskerKeys(JdbcClient jdbc, DuplicateSafeInsert inserts, PlatformTransactionManager transactions,
			@Value("${samtale.secret-key:}") String secretKey) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.secretKey = secretKey;
		this.ownTransaction = new TransactionTemplate(transactions);
		// The salt must outlive a question whose transaction rolls back, or a later key would differ.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String askerKey(long nettpratId, long userId) {
		return of(nettpratId, userId);
	}

	String of(long eventId, long userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(("asker:" + eventId + ":" + userId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			String salt = ownTransaction.execute(status -> {
				inserts.insert("insert into events_salt (id, salt) values (1, :salt)", "id",
						statement -> jdbc.sql(statement).param("salt", RandomTokens.generate()).update());
				return jdbc.sql("select salt from events_salt where id = 1").query(String.class).single();
			});
			known = (secretKey + "|" + salt).getBytes(StandardCharsets.UTF_8);
			key = known;
		}
		return known;
	}

}
