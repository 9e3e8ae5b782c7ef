package no.samtale.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import no.samtale.publishing.Theme;
import no.samtale.publishing.ThemePeriod;

/** The rows of {@code publishing_theme}; lists are kept one item a line, account ids comma-separated. */
@Component
public class ThemeStore {

	private final JdbcClient jdbc;

	ThemeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Theme theme) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_theme (team_id, only_year, title, description, key_messages, links, account_ids,
				    period_unit, period_from, period_to, created_at)
				values (:team, :year, :title, :description, :keyMessages, :links, :accounts, :unit, :from, :to, :now)
				""")
			.param("team", theme.teamId())
			.param("year", theme.year(), Types.INTEGER)
			.param("title", theme.title())
			.param("description", theme.description())
			.param("keyMessages", String.join("\n", theme.keyMessages()))
			.param("links", String.join("\n", theme.links()))
			.param("accounts", theme.accountIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("unit", theme.period().unit().name())
			.param("from", theme.period().from())
			.param("to", theme.period().to())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	public void update(Theme theme) {
		jdbc.sql("""
				update publishing_theme set only_year = :year, title = :title, description = :description,
				    key_messages = :keyMessages, links = :links, account_ids = :accounts, period_unit = :unit,
				    period_from = :from, period_to = :to
				where id = :id
				""")
			.param("year", theme.year(), Types.INTEGER)
			.param("title", theme.title())
			.param("description", theme.description())
			.param("keyMessages", String.join("\n", theme.keyMessages()))
			.param("links", String.join("\n", theme.links()))
			.param("accounts", theme.accountIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("unit", theme.period().unit().name())
			.param("from", theme.period().from())
			.param("to", theme.period().to())
			.param("id", theme.id())
			.update();
	}

	/** Deletes the theme; posts planned under it keep their text and lose the reference. */
	public void delete(long id) {
		jdbc.sql("update publishing_post set theme_id = null where theme_id = :id").param("id", id).update();
		jdbc.sql("delete from publishing_theme where id = :id").param("id", id).update();
	}

	public Optional<Theme> find(long id) {
		return jdbc.sql("select * from publishing_theme where id = :id").param("id", id).query(ThemeStore::row).optional();
	}

	/** The themes of these teams that come back in this year: the yearly ones and that year's own. */
	public List<Theme> of(Collection<Long> teamIds, int year) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from publishing_theme where team_id in (:teams) and (only_year is null or only_year = :year)
				order by period_unit, period_from, period_to, title, id
				""")
			.param("teams", teamIds)
			.param("year", year)
			.query(ThemeStore::row)
			.list();
	}

	public long count(long teamId) {
		return jdbc.sql("select count(*) from publishing_theme where team_id = :team")
			.param("team", teamId)
			.query(Long.class)
			.single();
	}

	private static Theme row(ResultSet rs, int n) throws SQLException {
		return new Theme(rs.getLong("id"), rs.getLong("team_id"), rs.getObject("only_year", Integer.class),
				rs.getString("title"), rs.getString("description"), lines(rs.getString("key_messages")),
				lines(rs.getString("links")), ids(rs.getString("account_ids")),
				new ThemePeriod(ThemePeriod.Unit.valueOf(rs.getString("period_unit")), rs.getInt("period_from"),
						rs.getInt("period_to")));
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
	}

	private static List<Long> ids(String text) {
		return text == null || text.isEmpty() ? List.of()
				: Arrays.stream(text.split(",")).map(Long::parseLong).toList();
	}

}
