package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.dialogue.SpaceKind;
import no.samtale.dialogue.SpaceRecord;
import no.samtale.dialogue.Spaces;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * In demo mode, the forum's two years before this month, shaped like the seed (001): a little over 200 posts and
 * about 50,000 views a month, a reform month ten months ago with nearly 400 posts and 125,000 views, and a live chat
 * five months ago whose day drew 20,000 views. Posts are spread over posters the 90-9-1 way (a Zipf law). The
 * history's people, questions and escalations have negative ids: they are no one. Written once, deterministically.
 */
@Component
@Order(45)
class ForumHistoryDemo implements ApplicationRunner {

	static final int MONTHS = 24;

	static final int REFORM_MONTHS_AGO = 10;

	static final int LIVE_CHAT_MONTHS_AGO = 5;

	static final int LIVE_CHAT_VIEWS = 20_000;

	private final boolean demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Spaces spaces;

	private final ForumFactsVersion version;

	private final HistoryDays historyDays;

	ForumHistoryDemo(@Value("${samtale.demo:false}") boolean demo, JdbcTemplate jdbc, TransactionTemplate transaction,
			Spaces spaces, ForumFactsVersion version, DuplicateSafeInsert inserts) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.spaces = spaces;
		this.version = version;
		this.historyDays = new HistoryDays(jdbc, inserts, "analytics_forum_day", "space_id, metric_day", "views, posts");
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer already = jdbc.queryForObject("select count(*) from analytics_forum_month_history", Integer.class);
		List<SpaceRecord> forum = spaces.ofKinds(List.of(SpaceKind.TOPIC, SpaceKind.GROUP));
		if (!demo || forum.isEmpty() || already == null || already > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			write(forum);
			version.changed();
		});
	}

	/** The live chat's day: the second Tuesday of its month. */
	static LocalDate liveChatDay(YearMonth month) {
		LocalDate day = month.atDay(1);
		while (day.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
			day = day.plusDays(1);
		}
		return day.plusWeeks(1);
	}

	private void write(List<SpaceRecord> forum) {
		Random random = new Random(2012);
		double[] share = new double[forum.size()];
		double sum = 0;
		for (int s = 0; s < share.length; s++) {
			share[s] = 1.0 / (s + 1);
			sum += share[s];
		}
		List<Object[]> days = new ArrayList<>();
		List<Object[]> posters = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<Object[]> questions = new ArrayList<>();
		List<Object[]> escalations = new ArrayList<>();
		YearMonth now = YearMonth.from(Oslo.today());
		long questionId = -1;
		for (int ago = MONTHS; ago >= 1; ago--) {
			YearMonth month = now.minusMonths(ago);
			boolean reform = ago == REFORM_MONTHS_AGO;
			double season = month.getMonthValue() == 7 ? 0.8 : 1.0 + 0.05 * random.nextGaussian();
			int monthPosts = reform ? 392 : (int) Math.round(215 * season);
			long monthViews = reform ? 125_000 : Math.round(50_000 * season);
			LocalDate liveChat = ago == LIVE_CHAT_MONTHS_AGO ? liveChatDay(month) : null;
			double weights = 0;
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				weights += AnalyticsDemo.weight(month.atDay(d));
			}
			for (int s = 0; s < forum.size(); s++) {
				long space = forum.get(s).id();
				double part = share[s] / sum;
				Map<Long, Integer> byAuthor = new HashMap<>();
				for (int d = 1; d <= month.lengthOfMonth(); d++) {
					LocalDate day = month.atDay(d);
					double w = AnalyticsDemo.weight(day) / weights;
					long views = Math.round(monthViews * part * w);
					if (day.equals(liveChat)) {
						views += Math.round(LIVE_CHAT_VIEWS * part);
					}
					int posts = (int) Math.round(monthPosts * part * w);
					for (int p = 0; p < posts; p++) {
						byAuthor.merge(zipfAuthor(random), 1, Integer::sum);
					}
					days.add(new Object[] { space, Date.valueOf(day), views, posts });
				}
				byAuthor.forEach((author, n) -> posters.add(new Object[] { space, Date.valueOf(month.atDay(1)), author, n }));
				members.add(new Object[] { space, Date.valueOf(month.atDay(1)), Math.round(monthViews * part / 16) });
				int asked = (int) Math.round(monthPosts * part / 4);
				for (int q = 0; q < asked; q++) {
					Instant at = month.atDay(1 + random.nextInt(month.lengthOfMonth()))
						.atTime(8 + random.nextInt(9), random.nextInt(60))
						.atZone(Oslo.ZONE)
						.toInstant();
					long firstAnswer = Math.round(3 * 3600 * Math.exp(0.8 * random.nextGaussian()));
					Long verified = random.nextDouble() < 0.7
							? firstAnswer + Math.round(36 * 3600 * Math.exp(0.6 * random.nextGaussian())) : null;
					questions.add(new Object[] { questionId--, space, -1L - random.nextInt(400), Timestamp.from(at),
							Date.valueOf(month.atDay(1)), Timestamp.from(at.plusSeconds(firstAnswer)),
							verified == null ? null : Timestamp.from(at.plusSeconds(verified)) });
					if (random.nextDouble() < 0.06) {
						// an escalation: most answered within their three weeks, the latest still open
						LocalDate deadline = Oslo.dayOf(at).plusDays(21);
						Instant answered = ago <= 2 && random.nextBoolean() ? null
								: at.plusSeconds(86_400L * (5 + random.nextInt(25)));
						escalations.add(new Object[] { questionId, space, Timestamp.from(at), Date.valueOf(deadline),
								answered == null ? null : Timestamp.from(answered) });
					}
				}
			}
		}
		YearMonth reform = now.minusMonths(REFORM_MONTHS_AGO);
		LocalDate liveChat = liveChatDay(now.minusMonths(LIVE_CHAT_MONTHS_AGO));
		jdbc.batchUpdate("""
				insert into analytics_annotation (kind, title, first_day, last_day, created_by, created_at)
				values (?, ?, ?, ?, 0, ?)
				""", List.of(
				new Object[] { "REFORM", "Ny foreldrepengeordning trer i kraft", Date.valueOf(reform.atDay(1)),
						Date.valueOf(reform.atEndOfMonth()), Timestamp.from(Instant.now()) },
				new Object[] { "LIVE_CHAT", "Direktechat med fagdirektøren", Date.valueOf(liveChat),
						Date.valueOf(liveChat), Timestamp.from(Instant.now()) }));
		historyDays.write(days);
		jdbc.batchUpdate("""
				insert into analytics_forum_poster (space_id, metric_month, author_id, posts) values (?, ?, ?, ?)
				""", posters);
		jdbc.batchUpdate("""
				insert into analytics_forum_month_history (space_id, metric_month, members) values (?, ?, ?)
				""", members);
		jdbc.batchUpdate("""
				insert into analytics_forum_question (discussion_id, space_id, asker_id, asked_at, asked_month,
				    first_answer_at, verified_at) values (?, ?, ?, ?, ?, ?, ?)
				""", questions);
		jdbc.batchUpdate("""
				insert into analytics_forum_escalation (escalation_id, space_id, raised_at, deadline, answered_at)
				values (?, ?, ?, ?, ?)
				""", escalations);
	}

	/** A poster drawn by Zipf's law over 400 people: a handful write most, most write once or never. */
	private static long zipfAuthor(Random random) {
		double total = ZIPF[ZIPF.length - 1];
		double x = random.nextDouble() * total;
		int rank = java.util.Arrays.binarySearch(ZIPF, x);
		return -1L - (rank < 0 ? -rank - 1 : rank);
	}

	private static final double[] ZIPF = new double[400];

	static {
		double sum = 0;
		for (int r = 0; r < ZIPF.length; r++) {
			sum += 1.0 / Math.pow(r + 1, 1.1);
			ZIPF[r] = sum;
		}
	}

}
