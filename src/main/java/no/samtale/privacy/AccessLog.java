package no.samtale.privacy;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.identity.CurrentUser;

/**
 * Who looked at personal data, when, what and why. Modules call {@link #record} where they show a conversation or
 * message that holds personal data; the log is append-only (see the migration), and only admins and privacy officers
 * read it.
 */
@Service
public class AccessLog {

	private final JdbcClient jdbc;

	AccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param subjectKind what was seen, e.g. {@code conversation}, {@code message}, {@code data-subject}
	 * @param subjectId its id; never the personal data itself
	 * @param purpose why, in the words of the person or of the screen they used
	 */
	public void record(CurrentUser user, AccessAction action, String subjectKind, String subjectId, String purpose) {
		jdbc.sql("""
				insert into privacy_access_log (accessed_at, user_id, username, action, subject_kind, subject_id, purpose)
				values (:at, :user, :username, :action, :kind, :subject, :purpose)
				""")
			.param("at", Timestamp.from(Instant.now()))
			.param("user", user.id())
			.param("username", user.username())
			.param("action", action.name())
			.param("kind", subjectKind)
			.param("subject", subjectId)
			.param("purpose", purpose.length() <= 500 ? purpose : purpose.substring(0, 500))
			.update();
	}

}
