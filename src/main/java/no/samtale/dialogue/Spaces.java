package no.samtale.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.NotFoundException;

/** Creating and finding spaces. */
@Service
public class Spaces {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	Spaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public long create(SpaceKind kind, String name, String description) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into dialogue_space (kind, name, description, created_at)
				values (:kind, :name, :description, :now)
				""")
			.param("kind", kind.name())
			.param("name", name)
			.param("description", description == null ? "" : description)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional
	public void describe(long spaceId, String name, String description) {
		int changed = jdbc.sql("update dialogue_space set name = :name, description = :description where id = :id")
			.param("name", name)
			.param("description", description == null ? "" : description)
			.param("id", spaceId)
			.update();
		if (changed == 0) {
			throw new NotFoundException("Space", spaceId);
		}
	}

	public Optional<SpaceRecord> find(long spaceId) {
		return jdbc.sql("select * from dialogue_space where id = :id").param("id", spaceId).query(Spaces::row).optional();
	}

	public List<SpaceRecord> ofKinds(List<SpaceKind> kinds) {
		return jdbc.sql("select * from dialogue_space where kind in (:kinds) order by name")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query(Spaces::row)
			.list();
	}

	/** Discussions, public messages and the latest activity of a space. */
	public record Activity(long discussions, long messages, Instant lastActivityAt) {
	}

	public Activity activity(long spaceId) {
		return jdbc.sql("select discussion_count, message_count, last_activity_at from dialogue_space where id = :id")
			.param("id", spaceId)
			.query((rs, row) -> {
				Timestamp last = rs.getTimestamp("last_activity_at");
				return new Activity(rs.getLong("discussion_count"), rs.getLong("message_count"),
						last == null ? null : last.toInstant());
			})
			.optional()
			.orElse(new Activity(0, 0, null));
	}

	/** What happened in a space in a month (Norwegian calendar days), for the forum's figures and analytics. */
	public MonthFigures figures(long spaceId, YearMonth month) {
		Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(OSLO).toInstant());
		Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(OSLO).toInstant());
		long discussions = jdbc.sql("""
				select count(*) from dialogue_discussion where space_id = :space and created_at >= :from and created_at < :to
				""").param("space", spaceId).param("from", from).param("to", to).query(Long.class).single();
		Map<Long, Integer> posts = new HashMap<>();
		jdbc.sql("""
				select m.author_id, count(*) as n from dialogue_message m
				join dialogue_discussion d on d.id = m.discussion_id
				where d.space_id = :space and m.kind = 'POST' and m.removed_at is null
				  and m.created_at >= :from and m.created_at < :to
				group by m.author_id
				""").param("space", spaceId).param("from", from).param("to", to)
			.query((rs, row) -> posts.put(rs.getLong("author_id"), rs.getInt("n")))
			.list();
		List<Long> viewers = jdbc.sql("""
				select v.user_id from dialogue_view v join dialogue_discussion d on d.id = v.discussion_id
				where d.space_id = :space and v.view_day >= :first and v.view_day <= :last
				""").param("space", spaceId).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
			.query(Long.class)
			.list();
		long messages = posts.values().stream().mapToLong(Integer::longValue).sum();
		return new MonthFigures(discussions, messages, viewers.size(), new HashSet<>(viewers), posts);
	}

	/**
	 * Everyone who viewed a discussion of any of these spaces, per month from {@code first} to {@code last} (each person
	 * once a month), as {@link #figures} gives each space's readers: one query for a whole report instead of three per
	 * space and month.
	 */
	public Map<YearMonth, Set<Long>> readersByMonth(Collection<Long> spaceIds, java.time.LocalDate first,
			java.time.LocalDate last) {
		Map<YearMonth, Set<Long>> readers = new HashMap<>();
		if (spaceIds.isEmpty() || last.isBefore(first)) {
			return readers;
		}
		jdbc.sql("""
				select distinct substring(cast(v.view_day as varchar(10)), 1, 7) as view_month, v.user_id
				from dialogue_view v join dialogue_discussion d on d.id = v.discussion_id
				where d.space_id in (:spaces) and v.view_day >= :first and v.view_day <= :last
				""").param("spaces", spaceIds).param("first", first).param("last", last)
			.query((rs, row) -> readers.computeIfAbsent(YearMonth.parse(rs.getString("view_month")), month -> new HashSet<>())
				.add(rs.getLong("user_id")))
			.list();
		return readers;
	}

	/**
	 * Views of a space's discussions per Norwegian day (one per reader, discussion and day, as {@link #figures}
	 * counts them), for analytics' daily peaks. Days without views are absent.
	 */
	public Map<java.time.LocalDate, Long> viewsPerDay(long spaceId, java.time.LocalDate first, java.time.LocalDate last) {
		return viewsPerDay(List.of(spaceId), first, last);
	}

	/** {@link #viewsPerDay(long, java.time.LocalDate, java.time.LocalDate)} of several spaces together, in one query. */
	public Map<java.time.LocalDate, Long> viewsPerDay(Collection<Long> spaceIds, java.time.LocalDate first,
			java.time.LocalDate last) {
		Map<java.time.LocalDate, Long> views = new HashMap<>();
		if (spaceIds.isEmpty()) {
			return views;
		}
		jdbc.sql("""
				select v.view_day, count(*) as n from dialogue_view v join dialogue_discussion d on d.id = v.discussion_id
				where d.space_id in (:spaces) and v.view_day >= :first and v.view_day <= :last group by v.view_day
				""").param("spaces", spaceIds).param("first", first).param("last", last)
			.query((rs, row) -> views.put(rs.getObject("view_day", java.time.LocalDate.class), rs.getLong("n")))
			.list();
		return views;
	}

	private static SpaceRecord row(ResultSet rs, int row) throws SQLException {
		return new SpaceRecord(rs.getLong("id"), SpaceKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("description"), rs.getTimestamp("created_at").toInstant());
	}

}
