package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.Spaces;

/**
 * The forum's months, for one space or several together: views and members combine the imported history with the
 * dialogue module's live view log (read through its API); posts, posters, questions and escalations come from the
 * store that {@link ForumCounting} writes as the events happen.
 */
@Component
class ForumMonths {

	record ForumMonth(String month, long views, long posts, long members, int contributors, @Nullable Double top1Share,
			@Nullable Double top10Share, int questions, @Nullable Long firstAnswerP50Seconds,
			@Nullable Long verifiedAnswerP50Seconds, int escalationsOpen, int escalationsOverdue) {
	}

	record ForumPeaks(@Nullable String postsMonth, long posts, @Nullable String viewsMonth, long views,
			@Nullable String viewsDay, long dayViews) {
	}

	record ForumReport(List<ForumMonth> months, ForumPeaks peaks) {
	}

	private record Question(YearMonth month, Instant askedAt, @Nullable Instant firstAnswerAt,
			@Nullable Instant verifiedAt) {
	}

	private record Escalation(Instant raisedAt, @Nullable LocalDate deadline, @Nullable Instant answeredAt) {
	}

	private final JdbcClient jdbc;

	private final Spaces spaces;

	ForumMonths(JdbcClient jdbc, Spaces spaces) {
		this.jdbc = jdbc;
		this.spaces = spaces;
	}

	ForumReport of(Collection<Long> spaceIds, MonthRange range) {
		LocalDate first = range.from().atDay(1);
		LocalDate last = range.to().atEndOfMonth();
		TreeMap<LocalDate, long[]> days = days(spaceIds, first, last);
		Map<YearMonth, Map<Long, Integer>> posters = posters(spaceIds, first, last);
		Map<YearMonth, Long> history = history(spaceIds, first, last);
		List<Question> questions = questions(spaceIds, first, last);
		List<Escalation> escalations = escalations(spaceIds, last);
		LocalDate today = Oslo.today();
		Map<YearMonth, Set<Long>> readers = spaces.readersByMonth(spaceIds, first, last.isAfter(today) ? today : last);
		List<ForumMonth> months = new ArrayList<>();
		for (YearMonth month : range.months()) {
			long views = 0;
			long posts = 0;
			for (var day : days.subMap(month.atDay(1), true, month.atEndOfMonth(), true).values()) {
				views += day[0];
				posts += day[1];
			}
			Map<Long, Integer> byAuthor = posters.getOrDefault(month, Map.of());
			long members = history.getOrDefault(month, 0L) + liveMembers(month, byAuthor.keySet(), readers);
			List<Question> asked = questions.stream().filter(q -> q.month().equals(month)).toList();
			Instant end = endOf(month);
			List<Escalation> open = escalations.stream()
				.filter(e -> e.raisedAt().isBefore(end) && (e.answeredAt() == null || !e.answeredAt().isBefore(end)))
				.toList();
			LocalDate judgedOn = Oslo.dayOf(end.minusSeconds(1));
			int overdue = (int) open.stream()
				.filter(e -> e.deadline() != null && e.deadline().isBefore(judgedOn))
				.count();
			months.add(new ForumMonth(month.toString(), views, posts, members, byAuthor.size(), topShare(byAuthor, 0.01),
					topShare(byAuthor, 0.10), asked.size(),
					median(asked.stream().map(q -> seconds(q.askedAt(), q.firstAnswerAt())).toList()),
					median(asked.stream().map(q -> seconds(q.askedAt(), q.verifiedAt())).toList()), open.size(),
					overdue));
		}
		return new ForumReport(List.copyOf(months), peaks(months, days));
	}

	/** Views and posts per day: the store's rows plus the dialogue module's live views. */
	private TreeMap<LocalDate, long[]> days(Collection<Long> spaceIds, LocalDate first, LocalDate last) {
		TreeMap<LocalDate, long[]> days = new TreeMap<>();
		jdbc.sql("""
				select metric_day, sum(views) as views, sum(posts) as posts from analytics_forum_day
				where space_id in (:spaces) and metric_day between :first and :last group by metric_day
				""")
			.param("spaces", spaceIds)
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((rs, n) -> days.put(rs.getDate("metric_day").toLocalDate(),
					new long[] { rs.getLong("views"), rs.getLong("posts") }))
			.list();
		spaces.viewsPerDay(spaceIds, first, last)
			.forEach((day, views) -> days.computeIfAbsent(day, d -> new long[2])[0] += views);
		return days;
	}

	private Map<YearMonth, Map<Long, Integer>> posters(Collection<Long> spaceIds, LocalDate first, LocalDate last) {
		Map<YearMonth, Map<Long, Integer>> posters = new HashMap<>();
		jdbc.sql("""
				select metric_month, author_id, sum(posts) as posts from analytics_forum_poster
				where space_id in (:spaces) and metric_month between :first and :last group by metric_month, author_id
				""")
			.param("spaces", spaceIds)
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((rs, n) -> posters.computeIfAbsent(YearMonth.from(rs.getDate("metric_month").toLocalDate()),
					m -> new HashMap<>()).put(rs.getLong("author_id"), rs.getInt("posts")))
			.list();
		return posters;
	}

	private Map<YearMonth, Long> history(Collection<Long> spaceIds, LocalDate first, LocalDate last) {
		Map<YearMonth, Long> members = new HashMap<>();
		jdbc.sql("""
				select metric_month, sum(members) as members from analytics_forum_month_history
				where space_id in (:spaces) and metric_month between :first and :last group by metric_month
				""")
			.param("spaces", spaceIds)
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((rs, n) -> members.put(YearMonth.from(rs.getDate("metric_month").toLocalDate()),
					rs.getLong("members")))
			.list();
		return members;
	}

	/** Everyone who read or posted in the spaces that month (each person once), from the live logs. */
	private static long liveMembers(YearMonth month, Set<Long> posters, Map<YearMonth, Set<Long>> readers) {
		if (month.isAfter(YearMonth.from(Oslo.today()))) {
			return 0;
		}
		Set<Long> people = new HashSet<>(posters.stream().filter(id -> id > 0).toList());
		people.addAll(readers.getOrDefault(month, Set.of()));
		return people.size();
	}

	private List<Question> questions(Collection<Long> spaceIds, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select asked_month, asked_at, first_answer_at, verified_at from analytics_forum_question
				where space_id in (:spaces) and asked_month between :first and :last
				""")
			.param("spaces", spaceIds)
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((rs, n) -> new Question(YearMonth.from(rs.getDate("asked_month").toLocalDate()),
					rs.getTimestamp("asked_at").toInstant(), instant(rs.getTimestamp("first_answer_at")),
					instant(rs.getTimestamp("verified_at"))))
			.list();
	}

	private List<Escalation> escalations(Collection<Long> spaceIds, LocalDate last) {
		return jdbc.sql("""
				select raised_at, deadline, answered_at from analytics_forum_escalation
				where space_id in (:spaces) and raised_at < :end
				""")
			.param("spaces", spaceIds)
			.param("end", Timestamp.from(endOf(YearMonth.from(last))))
			.query((rs, n) -> new Escalation(rs.getTimestamp("raised_at").toInstant(),
					rs.getDate("deadline") == null ? null : rs.getDate("deadline").toLocalDate(),
					instant(rs.getTimestamp("answered_at"))))
			.list();
	}

	/** The end of a month in Norway, or now for the month that is running. */
	private static Instant endOf(YearMonth month) {
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(Oslo.ZONE).toInstant();
		Instant now = Instant.now();
		return end.isAfter(now) ? now : end;
	}

	/**
	 * The share of the month's posts written by the most active {@code fraction} of its posters (at least one
	 * poster): the 90-9-1 pattern says about 0.9 of posts come from the top 10 %.
	 */
	static @Nullable Double topShare(Map<Long, Integer> postsByAuthor, double fraction) {
		if (postsByAuthor.isEmpty()) {
			return null;
		}
		List<Integer> counts = postsByAuthor.values().stream().sorted((a, b) -> b - a).toList();
		int top = Math.max(1, (int) Math.ceil(counts.size() * fraction));
		long total = counts.stream().mapToLong(Integer::longValue).sum();
		long ofTop = counts.subList(0, top).stream().mapToLong(Integer::longValue).sum();
		return total == 0 ? null : Math.round(1000.0 * ofTop / total) / 1000.0;
	}

	/** The nearest-rank median of the measured times (the lower middle value), null when none was measured. */
	static @Nullable Long median(List<Long> values) {
		List<Long> measured = values.stream().filter(v -> v != null).sorted().toList();
		return measured.isEmpty() ? null : measured.get((measured.size() - 1) / 2);
	}

	private static ForumPeaks peaks(List<ForumMonth> months, Map<LocalDate, long[]> days) {
		ForumMonth posts = months.stream().max((a, b) -> Long.compare(a.posts(), b.posts())).orElse(null);
		ForumMonth views = months.stream().max((a, b) -> Long.compare(a.views(), b.views())).orElse(null);
		Map.Entry<LocalDate, long[]> day = days.entrySet()
			.stream()
			.max((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0]))
			.orElse(null);
		return new ForumPeaks(posts == null || posts.posts() == 0 ? null : posts.month(), posts == null ? 0 : posts.posts(),
				views == null || views.views() == 0 ? null : views.month(), views == null ? 0 : views.views(),
				day == null || day.getValue()[0] == 0 ? null : day.getKey().toString(),
				day == null ? 0 : day.getValue()[0]);
	}

	private static @Nullable Long seconds(Instant from, @Nullable Instant to) {
		return to == null ? null : Math.max(0, Duration.between(from, to).toSeconds());
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
