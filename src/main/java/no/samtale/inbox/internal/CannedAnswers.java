package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import no.samtale.platform.NotFoundException;

/** A team's ready answers, with {navn}, {veileder} and {konto} filled in where they are used. */
@Component
class CannedAnswers {

	private final JdbcClient jdbc;

	private final CannedSearchFeed search;

	CannedAnswers(JdbcClient jdbc, CannedSearchFeed search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	record CannedAnswer(long id, long teamId, String title, String body) {
	}

	List<CannedAnswer> ofTeam(long teamId) {
		return jdbc.sql("select * from inbox_canned_answer where team_id = :team order by title")
			.param("team", teamId)
			.query((rs, n) -> new CannedAnswer(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
					rs.getString("body")))
			.list();
	}

	CannedAnswer get(long id) {
		return jdbc.sql("select * from inbox_canned_answer where id = :id")
			.param("id", id)
			.query((rs, n) -> new CannedAnswer(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
					rs.getString("body")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Canned answer", id));
	}

	long create(long teamId, String title, String body) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inbox_canned_answer (team_id, title, body, updated_at) values (:team, :title, :body, :now)
				""")
			.param("team", teamId)
			.param("title", title)
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		search.changed(id);
		return id;
	}

	void update(long id, String title, String body) {
		jdbc.sql("update inbox_canned_answer set title = :title, body = :body, updated_at = :now where id = :id")
			.param("title", title)
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
		search.changed(id);
	}

	void delete(long id) {
		jdbc.sql("delete from inbox_canned_answer where id = :id").param("id", id).update();
		search.changed(id);
	}

}
