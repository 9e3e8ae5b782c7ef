package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The store of chart annotations: what explains a peak, for a team, an account or the whole agency. */
@Component
class Annotations {

	enum AnnotationKind {
		REFORM, CAMPAIGN, LIVE_CHAT, OTHER
	}

	record Annotation(long id, @Nullable Long teamId, @Nullable Long accountId, AnnotationKind kind, String title,
			LocalDate from, LocalDate to) {
	}

	private final JdbcClient jdbc;

	Annotations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(Annotation a, long createdBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analytics_annotation (team_id, account_id, kind, title, first_day, last_day, created_by,
				    created_at) values (:team, :account, :kind, :title, :from, :to, :by, :now)
				""")
			.param("team", a.teamId(), Types.BIGINT)
			.param("account", a.accountId(), Types.BIGINT)
			.param("kind", a.kind().name())
			.param("title", a.title())
			.param("from", Date.valueOf(a.from()))
			.param("to", Date.valueOf(a.to()))
			.param("by", createdBy)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void update(Annotation a) {
		jdbc.sql("""
				update analytics_annotation set kind = :kind, title = :title, first_day = :from, last_day = :to
				where id = :id
				""")
			.param("kind", a.kind().name())
			.param("title", a.title())
			.param("from", Date.valueOf(a.from()))
			.param("to", Date.valueOf(a.to()))
			.param("id", a.id())
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from analytics_annotation where id = :id").param("id", id).update();
	}

	Optional<Annotation> find(long id) {
		return jdbc.sql("select * from analytics_annotation where id = :id").param("id", id).query(Annotations::row)
			.optional();
	}

	/** Annotations that overlap [from, to], of every scope; the caller keeps the ones the reader may see. */
	List<Annotation> overlapping(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from analytics_annotation where last_day >= :from and first_day <= :to
				order by first_day, id
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Annotations::row)
			.list();
	}

	private static Annotation row(ResultSet rs, int n) throws SQLException {
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		long account = rs.getLong("account_id");
		Long accountId = rs.wasNull() ? null : account;
		return new Annotation(rs.getLong("id"), teamId, accountId, AnnotationKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate());
	}

}
