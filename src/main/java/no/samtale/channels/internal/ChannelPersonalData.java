package no.samtale.channels.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Accounts;
import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;
import no.samtale.privacy.PersonalDataHolder;
import no.samtale.privacy.SubjectRecord;

/**
 * The channels' own copies of what citizens sent: every inbound message as the platform delivered it, and the web
 * chat's sessions and lines (a chat citizen is known only by the name they gave).
 */
@Component
class ChannelPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	ChannelPersonalData(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "channels";
	}

	@Override
	public List<SubjectRecord> find(DataSubject subject) {
		List<SubjectRecord> records = new ArrayList<>();
		jdbc.sql("select * from channels_inbound where " + inboundMatch(subject) + " order by id")
			.param("id", subject.externalId())
			.param("name", subject.name())
			.param("accounts", accounts.idsOn(subject.platform()))
			.query(row -> {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("accountId", row.getLong("account_id"));
				fields.put("kind", row.getString("kind"));
				fields.put("externalId", row.getString("external_id"));
				fields.put("authorExternalId", row.getString("author_external_id"));
				fields.put("authorName", row.getString("author_name"));
				fields.put("body", row.getString("body"));
				records.add(new SubjectRecord("channels_inbound", Long.toString(row.getLong("id")),
						row.getTimestamp("sent_at").toInstant(), fields));
			});
		if (subject.name() != null && chatIncluded(subject)) {
			jdbc.sql("""
					select s.id session_id, s.display_name, m.id, m.from_citizen, m.author, m.body, m.sent_at
					from channels_chat_session s join channels_chat_message m on m.session_id = s.id
					where lower(s.display_name) = lower(:name) order by m.id
					""").param("name", subject.name()).query(row -> {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("sessionId", row.getLong("session_id"));
				fields.put("fromCitizen", row.getBoolean("from_citizen"));
				fields.put("author", row.getString("author"));
				fields.put("body", row.getString("body"));
				records.add(new SubjectRecord("channels_chat_message", Long.toString(row.getLong("id")),
						row.getTimestamp("sent_at").toInstant(), fields));
			});
		}
		return records;
	}

	@Override
	public List<ErasedKind> erase(DataSubject subject) {
		List<ErasedKind> done = new ArrayList<>();
		int copies = jdbc.sql("""
				update channels_inbound set body = null, context_body = null, author_name = null,
				    author_external_id = 'anonymised'
				where """ + " " + inboundMatch(subject))
			.param("id", subject.externalId())
			.param("name", subject.name())
			.param("accounts", accounts.idsOn(subject.platform()))
			.update();
		done.add(new ErasedKind("RAW_COPY", copies));
		int senders = jdbc.sql("delete from channels_meta_sender where account_id in (:accounts) and "
				+ (subject.byId() ? "sender_id = :id" : "lower(name) = lower(:name)"))
			.param("accounts", accounts.idsOn(subject.platform()))
			.param("id", subject.externalId())
			.param("name", subject.name())
			.update();
		done.add(new ErasedKind("SENDER_NAME", senders));
		if (subject.name() != null && chatIncluded(subject)) {
			List<Long> sessions = jdbc.sql("select id from channels_chat_session where lower(display_name) = lower(:name)")
				.param("name", subject.name())
				.query(Long.class)
				.list();
			int lines = forgetChats(sessions) - sessions.size();
			done.add(new ErasedKind("CHAT_SESSION", sessions.size()));
			done.add(new ErasedKind("CHAT_LINE", lines));
		}
		return done;
	}

	/** Chat sessions forgotten whole: every line's text and the citizen's name become null. Answers rows changed. */
	int forgetChats(List<Long> sessions) {
		if (sessions.isEmpty()) {
			return 0;
		}
		int changed = jdbc.sql("""
				update channels_chat_message set body = null, author = case when from_citizen then null else author end
				where session_id in (:ids)
				""").param("ids", sessions).update();
		return changed + jdbc.sql("update channels_chat_session set display_name = null where id in (:ids)")
			.param("ids", sessions)
			.update();
	}

	private static String inboundMatch(DataSubject subject) {
		return (subject.byId() ? "author_external_id = :id" : "lower(author_name) = lower(:name)")
				+ " and account_id in (:accounts)";
	}

	private boolean chatIncluded(DataSubject subject) {
		return subject.platform() == null || subject.platform().equals("WEB_CHAT");
	}


}
