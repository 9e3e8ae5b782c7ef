package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.JsonNodeFactory;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.Users;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * In demo mode, two years of history up to yesterday for the demo accounts and teams, shaped like the seeds' figures
 * (NAV Foreldrepenger: about 44,700 comments and 3.5 million reached a year, 37,300 followers now; Jobblyst: 10,000
 * comments, 800 private messages, 5 million reached; Snapchat: 2,000 followers), and the Foreldrepenger user survey
 * with a few hundred answers near 65 % / 91 %. Deterministic (a fixed seed per account), written in batches, once:
 * demo reply facts have negative ids, and their presence says the history is there.
 */
@Component
@Order(40)
class AnalyticsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsDemo.class);

	static final int DAYS = 730;

	/** A year's figures for an account, and replies per day for its team. */
	record Profile(int comments, int privateMessages, long reach, long followersNow, long followersThen,
			int postsPerMonth, int repliesPerDay, int medianMinutes) {
	}

	static final Map<String, Profile> PROFILES = Map.of(
			"NAV Foreldrepenger/FACEBOOK", new Profile(44_700, 3_100, 3_500_000, 37_300, 29_800, 24, 30, 40),
			"NAV Foreldrepenger/INSTAGRAM", new Profile(3_600, 900, 600_000, 6_200, 3_900, 10, 8, 60),
			"NAV Jobblyst/FACEBOOK", new Profile(10_000, 800, 5_000_000, 21_000, 17_500, 30, 12, 50),
			"NAV Jobblyst/SNAPCHAT", new Profile(0, 400, 365_000, 2_000, 1_400, 20, 2, 90),
			"NAV Kunnskap/FACEBOOK", new Profile(2_400, 300, 400_000, 8_100, 7_200, 12, 5, 120),
			"Chat med NAV om foreldrepenger/WEB_CHAT", new Profile(0, 9_000, 0, 0, 0, 0, 10, 4));

	private final boolean demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Accounts accounts;

	private final Teams teams;

	private final Users users;

	private final Surveys surveys;

	private final SurveyStore store;

	private final HistoryDays historyDays;

	private volatile boolean seededNow;

	AnalyticsDemo(@Value("${samtale.demo:false}") boolean demo, JdbcTemplate jdbc, TransactionTemplate transaction,
			Accounts accounts, Teams teams, Users users, Surveys surveys, SurveyStore store,
			DuplicateSafeInsert inserts) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.accounts = accounts;
		this.teams = teams;
		this.users = users;
		this.surveys = surveys;
		this.store = store;
		this.historyDays = new HistoryDays(jdbc, inserts, "analytics_account_day", "account_id, metric_day",
				"followers, reach, posts, comments, private_messages, replies_sent, hidden_comments");
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer already = jdbc.queryForObject("select count(*) from analytics_reply_fact where reply_id < 0",
				Integer.class);
		if (!demo || already == null || already > 0) {
			return;
		}
		long started = System.nanoTime();
		int[] rows = { 0 };
		transaction.executeWithoutResult(status -> {
			for (Account account : accounts.all()) {
				Profile profile = PROFILES.get(account.name() + "/" + account.platform().name());
				if (profile != null) {
					rows[0] += history(account, profile);
				}
			}
		});
		int answers = survey();
		seededNow = true;
		log.info("Demo: {} rows of analytics history and {} survey answers in {} ms", rows[0], answers,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Whether this start wrote the history (a new database in demo mode), so {@link DemoSettle} has a reason to wait. */
	boolean seededNow() {
		return seededNow;
	}

	/** Seasonal weight of a day: weekdays busier, January and August (parental leave plans) and reforms peak. */
	static double weight(LocalDate day) {
		double week = switch (day.getDayOfWeek()) {
			case SATURDAY -> 0.45;
			case SUNDAY -> 0.55;
			case MONDAY -> 1.3;
			default -> 1.1;
		};
		double month = switch (day.getMonth()) {
			case JANUARY, AUGUST -> 1.3;
			case JULY -> 0.6;
			case DECEMBER -> 0.8;
			default -> 1.0;
		};
		return week * month;
	}

	private int history(Account account, Profile profile) {
		Random random = new Random(account.name().hashCode() * 31L + account.platform().ordinal());
		LocalDate today = Oslo.today();
		LocalDate first = today.minusDays(DAYS);
		double meanWeight = 0;
		for (int d = 0; d < 365; d++) {
			meanWeight += weight(today.minusDays(1 + d));
		}
		meanWeight /= 365;
		List<Object[]> days = new ArrayList<>();
		List<Object[]> facts = new ArrayList<>();
		List<Object[]> closes = new ArrayList<>();
		List<Long> authors = teams.find(account.teamId()).map(Team::memberIds).orElse(List.of());
		int target = account.responseTargetMinutes() > 0 ? account.responseTargetMinutes() : 120;
		long replyId = -1L - (account.id() * 10_000_000L);
		for (int d = 0; d < DAYS; d++) {
			LocalDate day = first.plusDays(d);
			double w = weight(day) / meanWeight * (0.85 + 0.3 * random.nextDouble());
			int comments = (int) Math.round(profile.comments() / 365.0 * w);
			int messages = (int) Math.round(profile.privateMessages() / 365.0 * w);
			Long reach = profile.reach() == 0 ? null : Math.round(profile.reach() / 365.0 * w);
			Long followers = profile.followersNow() == 0 ? null
					: profile.followersThen() + (profile.followersNow() - profile.followersThen()) * d / (DAYS - 1);
			int posts = random.nextDouble() < profile.postsPerMonth() / 30.0 ? 1 : 0;
			int hidden = comments == 0 ? 0 : (int) Math.round(comments * 0.01 * random.nextDouble());
			int replies = authors.isEmpty() ? 0 : (int) Math.round(profile.repliesPerDay() * w);
			days.add(new Object[] { account.id(), Date.valueOf(day), followers, reach, posts, comments, messages,
					replies, hidden });
			for (int r = 0; r < replies; r++) {
				long first_ = Math.round(profile.medianMinutes() * 60 * Math.exp(0.9 * random.nextGaussian()));
				Long approval = random.nextDouble() < 0.8
						? Math.round(8 * 60 * Math.exp(0.8 * random.nextGaussian())) : null;
				Instant sent = day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(Oslo.ZONE).toInstant();
				facts.add(new Object[] { replyId--, account.teamId(), account.id(),
						authors.get(random.nextInt(authors.size())), Date.valueOf(day), Timestamp.from(sent), first_,
						approval, first_ <= target * 60L });
				if (r % 5 != 4) {
					// four in five replies end a conversation, closed a few hours after it opened
					long open = Math.round(5 * 3600 * Math.exp(0.9 * random.nextGaussian()));
					closes.add(new Object[] { replyId, account.teamId(), Timestamp.from(sent.minusSeconds(open)),
							Timestamp.from(sent), Date.valueOf(day), open });
				}
			}
		}
		historyDays.write(days);
		for (int from = 0; from < facts.size(); from += 2000) {
			jdbc.batchUpdate("""
					insert into analytics_reply_fact (reply_id, team_id, account_id, author_id, metric_day, sent_at,
					    first_response_seconds, approval_wait_seconds, within_target)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", facts.subList(from, Math.min(facts.size(), from + 2000)));
		}
		jdbc.batchUpdate("""
				insert into analytics_conversation_fact (conversation_id, team_id, opened_at, closed_at, closed_day,
				    close_seconds) values (?, ?, ?, ?, ?, ?)
				""", closes);
		return days.size() + facts.size() + closes.size();
	}

	/** The Foreldrepenger user survey, published, with 420 answers: 65 % did not need to ask, 91 % satisfied. */
	private int survey() {
		long analyst = users.idOf("analytiker").orElse(0L);
		SurveyTemplates.Template template = SurveyTemplates.FORELDREPENGER;
		long id = surveys.create(template.title(), template.audience(), false, null, analyst, template.questions());
		store.publish(id);
		SurveyStore.Survey survey = store.get(id);
		Random random = new Random(2018);
		JsonNodeFactory json = JsonNodeFactory.instance;
		int n = 420;
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < n; i++) {
				List<Surveys.AnswerInput> answers = new ArrayList<>();
				answers.add(new Surveys.AnswerInput(survey.questions().get(0).id(), json.booleanNode(i % 20 < 13)));
				answers.add(new Surveys.AnswerInput(survey.questions().get(1).id(), json.booleanNode(i % 100 < 91)));
				answers.add(new Surveys.AnswerInput(survey.questions().get(2).id(),
						json.numberNode(Math.min(5, 2 + random.nextInt(4) + (random.nextBoolean() ? 1 : 0)))));
				if (i % 40 == 0) {
					answers.add(new Surveys.AnswerInput(survey.questions().get(3).id(),
							json.stringNode("Fint å få svar i helgen også.")));
				}
				surveys.respond(survey, answers, null);
			}
		});
		return n;
	}

}
