package no.samtale.privacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/**
 * Who looked at personal data, when, what and why. Modules call {@link #record} where they show a conversation or
 * message that holds personal data; the log is append-only (see the migration), and only admins and privacy officers
 * read it.
 * <p>
 * A {@link AccessAction#VIEW} is logged once per person, subject and purpose within
 * {@code samtale.privacy.access-log.view-window} (15 minutes unless configured): a live page refetches an open
 * conversation on every change, and each refetch is the same look. Reveals, searches, exports and erasures are
 * deliberate acts with a reason of their own and are always logged.
 */
@Service
public class AccessLog {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final Duration viewWindow;

	AccessLog(JdbcClient jdbc, DuplicateSafeInsert inserts,
			@Value("${samtale.privacy.access-log.view-window:15m}") Duration viewWindow) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.viewWindow = viewWindow;
	}

	/**
	 * @param subjectKind what was seen, e.g. {@code conversation}, {@code message}, {@code data-subject}
	 * @param subjectId its id; never the personal data itself
	 * @param purpose why, in the words of the person or of the screen they used
	 */
	public void record(CurrentUser user, AccessAction action, String subjectKind, String subjectId, String purpose) {
		String why = purpose.length() <= 500 ? purpose : purpose.substring(0, 500);
		Instant now = Instant.now();
		if (action == AccessAction.VIEW && !firstInWindow(user, action, subjectKind, subjectId, why, now)) {
			return;
		}
		jdbc.sql("""
				insert into privacy_access_log (accessed_at, user_id, username, action, subject_kind, subject_id, purpose)
				values (:at, :user, :username, :action, :kind, :subject, :purpose)
				""")
			.param("at", Timestamp.from(now))
			.param("user", user.id())
			.param("username", user.username())
			.param("action", action.name())
			.param("kind", subjectKind)
			.param("subject", subjectId)
			.param("purpose", why)
			.update();
	}

	/**
	 * Whether this look opens a new window, claimed in the database so that nodes agree: the guarded update moves an
	 * expired window (a concurrent caller waits on its row lock and then finds it fresh), and the insert that a
	 * unique key may refuse opens the first one.
	 */
	private boolean firstInWindow(CurrentUser user, AccessAction action, String kind, String subject, String purpose,
			Instant now) {
		String purposeHash = RandomTokens.sha256(purpose);
		int renewed = jdbc.sql("""
				update privacy_access_window set last_logged_at = :now
				where user_id = :user and action = :action and subject_kind = :kind and subject_id = :subject
				    and purpose_hash = :purpose and last_logged_at <= :expired
				""")
			.param("now", Timestamp.from(now))
			.param("expired", Timestamp.from(now.minus(viewWindow)))
			.param("user", user.id())
			.param("action", action.name())
			.param("kind", kind)
			.param("subject", subject)
			.param("purpose", purposeHash)
			.update();
		if (renewed == 1) {
			return true;
		}
		return inserts.insert("""
				insert into privacy_access_window (user_id, action, subject_kind, subject_id, purpose_hash, last_logged_at)
				values (:user, :action, :kind, :subject, :purpose, :now)
				""", "user_id, action, subject_kind, subject_id, purpose_hash", sql -> jdbc.sql(sql)
			.param("now", Timestamp.from(now))
			.param("user", user.id())
			.param("action", action.name())
			.param("kind", kind)
			.param("subject", subject)
			.param("purpose", purposeHash)
			.update()) == 1;
	}

}
