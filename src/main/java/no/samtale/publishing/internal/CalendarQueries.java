package no.samtale.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.platform.PageQuery;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;

/**
 * The calendar's reads, each one statement over the posts of a scope however many there are: the counts per day,
 * account and status; the first few posts of each day (so a month with 10,000 posts sends back at most a few per
 * day); the authors; and one page of the posts in time order. A post's Norwegian day is a {@code case} over the day
 * boundaries the scope computed, so both databases agree.
 */
@Component
class CalendarQueries {

	/** How many posts of one account in one status a day holds; {@code shown}: those the theme and author filter keep. */
	record Count(LocalDate day, long accountId, PostStatus status, int posts, int shown) {
	}

	/** The start of a post as the month grid shows it. {@code opening}: the first characters of its text. */
	record Opening(LocalDate day, long id, long accountId, Instant publishAt, PostStatus status, String opening,
			@Nullable Long themeId, @Nullable Long campaignId, boolean image, @Nullable String externalId) {
	}

	/** Enough of the text to make a title of its first words, without reading texts of up to 8,000 characters. */
	static final int OPENING_CHARACTERS = 160;

	private final JdbcClient jdbc;

	CalendarQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Count> counts(CalendarScope scope) {
		if (scope.accounts().isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = params(scope);
		List<LocalDate> days = scope.days();
		String shown = scope.filtered() ? "case when " + filter(scope) + " then 1 else 0 end" : "1";
		return jdbc.sql("""
				select day_no, account_id, status, count(*) posts, sum(shown) shown from (
				    select %s day_no, p.account_id, p.status, %s shown
				    from publishing_post p
				    where p.account_id in (:accounts) and p.publish_at >= :from and p.publish_at < :to
				) q
				group by day_no, account_id, status
				""".formatted(dayNumber(days, params), shown))
			.params(params)
			.query((rs, n) -> new Count(days.get(rs.getInt("day_no")), rs.getLong("account_id"),
					PostStatus.valueOf(rs.getString("status")), rs.getInt("posts"), rs.getInt("shown")))
			.list();
	}

	/**
	 * At most {@code perDay} posts of each day, the earliest (then the lowest id) first, in time order: one small
	 * ordered read per day on the index by time, stopping after {@code perDay}, joined with {@code union all} (a
	 * window function ranking the whole month sorted all 10,000 posts; H2 has no {@code LATERAL}).
	 */
	List<Opening> firstOfEachDay(CalendarScope scope, int perDay) {
		if (scope.accounts().isEmpty() || perDay == 0) {
			return List.of();
		}
		Map<String, Object> params = params(scope);
		List<LocalDate> days = scope.days();
		for (int i = 0; i <= days.size(); i++) {
			params.put("day" + i, Timestamp.from(scope.from().plusDays(i).atStartOfDay(Calendar.OSLO).toInstant()));
		}
		String filter = scope.filtered() ? " and " + filter(scope) : "";
		StringBuilder union = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			union.append(i == 0 ? "" : " union all ").append("""
					(select p.id, p.account_id, p.publish_at, p.status, p.theme_id, p.campaign_id, p.image_id,
					    p.external_id, substring(p.text from 1 for %d) opening, %d day_no
					from publishing_post p
					where p.account_id in (:accounts) and p.publish_at >= :day%d and p.publish_at < :day%d%s
					order by p.publish_at, p.id fetch first %d rows only)
					""".formatted(OPENING_CHARACTERS, i, i, i + 1, filter, perDay));
		}
		return jdbc.sql("select * from (" + union + ") f order by f.publish_at, f.id")
			.params(params)
			.query((rs, n) -> new Opening(days.get(rs.getInt("day_no")), rs.getLong("id"), rs.getLong("account_id"),
					rs.getTimestamp("publish_at").toInstant(), PostStatus.valueOf(rs.getString("status")),
					rs.getString("opening"), rs.getObject("theme_id", Long.class), rs.getObject("campaign_id", Long.class),
					rs.getObject("image_id") != null, rs.getString("external_id")))
			.list();
	}

	/** Who wrote posts in the scope's days and accounts (whatever the filters), for the author filter. */
	List<Long> authors(CalendarScope scope) {
		if (scope.accounts().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct p.author_id from publishing_post p
				where p.account_id in (:accounts) and p.publish_at >= :from and p.publish_at < :to
				""")
			.params(params(scope))
			.query(Long.class)
			.list();
	}

	/** One page of the scope's posts (the filters applied), in time order, and how many there are in all. */
	Page page(CalendarScope scope, PageQuery page) {
		if (scope.accounts().isEmpty()) {
			return new Page(List.of(), 0);
		}
		String where = "p.account_id in (:accounts) and p.publish_at >= :from and p.publish_at < :to"
				+ (scope.filtered() ? " and " + filter(scope) : "");
		Map<String, Object> params = params(scope);
		long total = jdbc.sql("select count(*) from publishing_post p where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("offset", page.offset());
		params.put("size", page.size());
		List<Post> posts = total <= page.offset() ? List.of()
				: jdbc.sql("select p.* from publishing_post p where " + where
						+ " order by p.publish_at, p.id offset :offset rows fetch next :size rows only")
					.params(params)
					.query(PostStore::row)
					.list();
		return new Page(posts, total);
	}

	record Page(List<Post> posts, long total) {
	}

	private static Map<String, Object> params(CalendarScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("accounts", scope.accountIds());
		params.put("from", Timestamp.from(scope.starts()));
		params.put("to", Timestamp.from(scope.ends()));
		if (scope.themeId() != null) {
			params.put("theme", scope.themeId());
		}
		if (scope.authorId() != null) {
			params.put("author", scope.authorId());
		}
		return params;
	}

	private static String filter(CalendarScope scope) {
		String theme = scope.themeId() == null ? "" : "p.theme_id = :theme";
		String author = scope.authorId() == null ? "" : "p.author_id = :author";
		return theme.isEmpty() ? author : author.isEmpty() ? theme : theme + " and " + author;
	}

	/**
	 * The number of a post's day within the scope (0 for the first): nested {@code case}s over the instants where the
	 * days begin, halving the days at each level, so a month is six comparisons per post, not thirty-five.
	 */
	private static String dayNumber(List<LocalDate> days, Map<String, Object> params) {
		for (int i = 1; i < days.size(); i++) {
			params.put("day" + i, Timestamp.from(days.get(i).atStartOfDay(Calendar.OSLO).toInstant()));
		}
		return dayNumber(0, days.size() - 1);
	}

	private static String dayNumber(int first, int last) {
		if (first == last) {
			return String.valueOf(first);
		}
		int middle = (first + last + 1) / 2;
		return "case when p.publish_at < :day" + middle + " then " + dayNumber(first, middle - 1) + " else "
				+ dayNumber(middle, last) + " end";
	}

}
