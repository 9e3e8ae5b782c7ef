package no.samtale;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.TestDatabase;

/**
 * Migrations that move data keep it: rows written by the schema as it was before teams got a module, replies ids of
 * their own and the inbox stored facts are migrated to the schema as it is, on a database of their own (a separate
 * in-memory H2, or a separate PostgreSQL schema), and then read back.
 */
@AlsoOnTheEmbeddedDatabase
class DataMigrationTests {

	private static final String BEFORE = "202611241600";

	private static final String SCHEMA = "migration_check";

	@Test
	void teamsRepliesAndTheConversationLogKeepTheirDataWhenTheyMove() {
		Flyway flyway = flyway(BEFORE);
		flyway.clean();
		flyway.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource());
		writeTheOldWay(jdbc);

		flyway(null).migrate();

		assertThat(jdbc.sql("select team_role from teams_member where team_id = 1 and user_id = 7").query(String.class)
			.single()).isEqualTo("ADVISOR");
		assertThat(jdbc.sql("select name from teams_team where id = 1").query(String.class).single())
			.isEqualTo("Gamle team");
		Map<Long, Long> replyOfApproval = new java.util.HashMap<>();
		jdbc.sql("select id, approval_id from inbox_reply")
			.query((rs, n) -> replyOfApproval.put(rs.getLong("approval_id"), rs.getLong("id")))
			.list();
		assertThat(replyOfApproval).containsOnlyKeys(10L, 11L);
		long reply = replyOfApproval.get(10L);
		assertThat(jdbc.sql("select body from inbox_reply where id = :id").param("id", reply).query(String.class)
			.single()).isEqualTo("Hei, her er svaret.");
		assertThat(jdbc.sql("select body from inbox_reply where approval_id = 11").query(String.class).list())
			.containsExactly((String) null);
		assertThat(jdbc.sql("select reply_id from inbox_message where direction = 'OUT'").query(Long.class).single())
			.isEqualTo(reply);

		Map<String, Object> drafted = entry(jdbc, "REPLY_DRAFTED");
		assertThat(drafted).containsEntry("reply_id", reply).containsEntry("visibility", "PUBLIC");
		assertThat(entry(jdbc, "ASSIGNED")).containsEntry("user_id", 7L);
		assertThat(entry(jdbc, "STATUS_CHANGED")).containsEntry("from_status", "NEW")
			.containsEntry("to_status", "IN_PROGRESS");
		assertThat(entry(jdbc, "LABELS_CHANGED")).containsEntry("labels", "foreldrepenger,utbetaling");
		assertThat(entry(jdbc, "NOTE_ADDED")).containsEntry("note_id", 3L);
		assertThat(entry(jdbc, "RECEIVED")).containsEntry("visibility", "PRIVATE");
		assertThat(entry(jdbc, "REPLY_ATTEMPT_FAILED")).containsEntry("attempt", 2)
			.containsEntry("error", "Graph API: timeout: again")
			.containsEntry("reply_id", replyOfApproval.get(11L));
		assertThat(entry(jdbc, "REPLY_NEEDS_NO_APPROVAL")).containsEntry("reply_id", replyOfApproval.get(11L));

		assertThat(jdbc.sql("select count(*) from inbox_message where body is null and author_name is null")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from inbox_message where removed_on_platform and body = ''")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select subject from inbox_conversation").query(String.class).list())
			.containsExactly((String) null);
		assertThat(jdbc.sql("select body from approval_request where id = 11").query(String.class).list())
			.containsExactly((String) null);
		assertThat(jdbc.sql("select action from approval_step where request_id = 11").query(String.class).single())
			.isEqualTo("NEEDS_NO_APPROVAL");
		assertThat(jdbc.sql("select written_by from approval_request where id = 10").query(Long.class).single())
			.isEqualTo(7L);
		assertThat(jdbc.sql("select removed from channels_inbound").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("""
				select status from publishing_post where outbox_id = 5 and approval_id is null
				    and idempotency_key = 'schedule:1:old' and text = 'Et innlegg'
				""").query(String.class).single()).as("a post scheduled before four eyes is kept as it went, now in publishing")
			.isEqualTo("PUBLISHED");

		flyway(null).clean();
	}

	@Test
	void notificationsMoveToTheirModuleUnreadOrRead() {
		Flyway flyway = flyway("202612051300");
		flyway.clean();
		flyway.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource());
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into dialogue_notification (user_id, kind, subject, discussion_id, created_at, read_at)
				values (7, 'NEW_MESSAGE', 'Gammel tråd', 3, :now, null), (7, 'ANSWER_VERIFIED', 'Gammel tråd', 3, :now, :now)
				""").param("now", now).update();

		flyway(null).migrate();

		assertThat(jdbc.sql("""
				select kind || '/' || subject || '/' || cast(discussion_id as varchar(20)) || '/'
				       || case when read_at is null then 'unread' else 'read' end
				from notifications_notification where recipient_id = 7 order by id
				""").query(String.class).list())
			.containsExactly("NEW_MESSAGE/Gammel tråd/3/unread", "ANSWER_VERIFIED/Gammel tråd/3/read");
		assertThat(jdbc.sql("select count(distinct event_key) from notifications_notification").query(Long.class)
			.single()).isEqualTo(2);

		flyway(null).clean();
	}

	private static Map<String, Object> entry(JdbcClient jdbc, String action) {
		Map<String, Object> row = jdbc.sql("""
				select reply_id, visibility, from_status, to_status, user_id, note_id, labels, attempt, error
				from inbox_audit where action = :action
				""").param("action", action).query().singleRow();
		Map<String, Object> normalised = new java.util.HashMap<>();
		row.forEach((key, value) -> {
			if (value != null) {
				normalised.put(key.toLowerCase(), value instanceof Number number && !(value instanceof Integer)
						? (Object) number.longValue() : value);
			}
		});
		return normalised;
	}

	private static void writeTheOldWay(JdbcClient jdbc) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into channels_team (id, name, created_at) values (1, 'Gamle team', :now)").param("now", now).update();
		jdbc.sql("insert into channels_team_member (team_id, user_id) values (1, 7)").update();
		jdbc.sql("""
				insert into channels_account (id, platform, name, handle, team_id, connector, state, open_days, opens_at,
				    closes_at, response_target_minutes, private_replies_need_approval, created_at)
				values (1, 'FACEBOOK', 'Side', 'side', 1, 'META', 'ACTIVE', 'MONDAY', '08:00', '16:00', 60, true, :now)
				""").param("now", now).update();
		jdbc.sql("""
				insert into channels_inbound (id, account_id, external_id, kind, thread_external_id, author_external_id,
				    author_name, body, sent_at, received_at)
				values (1, 1, 'c-1', 'PUBLIC', 't-1', 'u-1', 'Kari', '(Fjernet på plattformen)', :now, :now)
				""").param("now", now).update();
		jdbc.sql("""
				insert into inbox_conversation (id, account_id, team_id, kind, thread_key, status, subject,
				    correspondent_name, correspondent_external_id, opened_at, waiting_since, last_inbound_at,
				    last_activity_at)
				values (1, 1, 1, 'PUBLIC', 't-1', 'IN_PROGRESS', '[slettet]', 'Kari', 'u-1', :now, :now, :now, :now)
				""").param("now", now).update();
		for (Object[] request : List.of(new Object[] { 10, "Hei, her er svaret." }, new Object[] { 11, "[slettet]" })) {
			jdbc.sql("""
					insert into approval_request (id, subject_kind, team_id, author_id, body, state, submitted_at)
					values (:id, 'REPLY', 1, 7, :body, 'APPROVED', :now)
					""").param("id", request[0]).param("body", request[1]).param("now", now).update();
			jdbc.sql("""
					insert into inbox_reply (id, conversation_id, visibility, status, created_at)
					values (:id, 1, 'PUBLIC', 'SENT', :now)
					""").param("id", request[0]).param("now", now).update();
		}
		jdbc.sql("""
				insert into approval_step (request_id, actor_id, action, detail, acted_at)
				values (11, 7, 'SUBMITTED', 'No approval needed on this account', :now)
				""").param("now", now).update();
		jdbc.sql("""
				insert into inbox_message (conversation_id, inbound_id, direction, visibility, author_name, body, created_at)
				values (1, 1, 'IN', 'PUBLIC', 'Kari', '(Fjernet på plattformen)', :now)
				""").param("now", now).update();
		jdbc.sql("""
				insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
				values (1, 'IN', 'PUBLIC', 'Anonym', '[slettet]', :now)
				""").param("now", now).update();
		jdbc.sql("""
				insert into inbox_message (conversation_id, reply_id, direction, visibility, author_name, body, created_at)
				values (1, 10, 'OUT', 'PUBLIC', 'Ola', 'Hei, her er svaret.', :now)
				""").param("now", now).update();
		for (String[] audit : List.of(new String[] { "RECEIVED", "PRIVATE" },
				new String[] { "REPLY_DRAFTED", "PUBLIC reply 10" }, new String[] { "ASSIGNED", "To user 7" },
				new String[] { "STATUS_CHANGED", "NEW → IN_PROGRESS" },
				new String[] { "LABELS_CHANGED", "foreldrepenger, utbetaling" }, new String[] { "NOTE_ADDED", "Note 3" },
				new String[] { "REPLY_ATTEMPT_FAILED", "Reply 11, attempt 2: Graph API: timeout: again" },
				new String[] { "REPLY_APPROVED", "Reply 11 needs no approval on this account" })) {
			jdbc.sql("""
					insert into inbox_audit (conversation_id, action, detail, acted_at)
					values (1, :action, :detail, :now)
					""").param("action", audit[0]).param("detail", audit[1]).param("now", now).update();
		}
		jdbc.sql("""
				insert into channels_outbox (id, account_id, idempotency_key, action, body, state, created_at, publish_at)
				values (5, 1, 'schedule:1:old', 'SCHEDULE', 'Et innlegg', 'SENT', :now, :now)
				""").param("now", now).update();
	}

	private static Flyway flyway(String target) {
		var config = Flyway.configure().dataSource(dataSource()).cleanDisabled(false).locations("classpath:db/migration");
		if (TestDatabase.kind().equals("postgresql")) {
			config = config.schemas(SCHEMA);
		}
		return (target == null ? config : config.target(target)).load();
	}

	private static DataSource dataSource() {
		if (TestDatabase.kind().equals("postgresql")) {
			String url = TestDatabase.postgresqlUrl();
			return new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
					TestDatabase.user(), TestDatabase.password());
		}
		return new DriverManagerDataSource("jdbc:h2:mem:" + SCHEMA + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

}
