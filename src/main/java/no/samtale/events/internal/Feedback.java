package no.samtale.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.FeedbackServices.ServiceRow;
import no.samtale.events.internal.FeedbackViews.FeedbackCounts;
import no.samtale.events.internal.FeedbackViews.FeedbackItem;
import no.samtale.events.internal.FeedbackViews.FeedbackQueue;
import no.samtale.events.internal.FeedbackViews.FeedbackStatus;
import no.samtale.events.internal.FeedbackViews.FeedbackWeek;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Product feedback: an employee's feedback on a named digital service, tagged with it; the service's team sees a
 * queue with counts and the trend by week, answers (the author sees the answer), and marks what led to a change
 * with a note. Identity numbers are refused, as in the forum.
 */
@Service
class Feedback {

	/** How many weeks the trend shows, this one included. */
	static final int WEEKS = 8;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	private final FeedbackServices services;

	private final Users users;

	private final PersonalDataPolicy privacy;

	Feedback(JdbcClient jdbc, FeedbackServices services, Users users, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.services = services;
		this.users = users;
		this.privacy = privacy;
	}

	@Transactional
	long give(long serviceId, String body, CurrentUser user) {
		services.find(serviceId).orElseThrow(() -> new InvalidInputException("serviceId", "No such service."));
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "Feedback needs some text.");
		}
		privacy.refuseIdentityNumbers("body", text);
		return insert(serviceId, text, user.id(), Instant.now());
	}

	/** Writes feedback as given; the demo uses it for feedback in the past. */
	long insert(long serviceId, String text, long authorId, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_feedback (service_id, author_id, body, status, created_at)
				values (:service, :author, :body, 'NEW', :at)
				""")
			.param("service", serviceId)
			.param("author", authorId)
			.param("body", text)
			.param("at", Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional(readOnly = true)
	List<FeedbackItem> mine(CurrentUser user) {
		return items(jdbc.sql(SELECT + " where f.author_id = :me order by f.id desc").param("me", user.id()).query(Feedback::row).list());
	}

	@Transactional(readOnly = true)
	FeedbackQueue queue(long serviceId, CurrentUser user) {
		ServiceRow service = services.get(serviceId);
		services.requireTeam(service, user);
		List<Row> rows = jdbc.sql(SELECT + """
				 where f.service_id = :service
				 order by case when f.status = 'NEW' then 0 else 1 end, f.id desc
				""").param("service", serviceId).query(Feedback::row).list();
		int waiting = 0;
		int answered = 0;
		int changed = 0;
		for (Row row : rows) {
			switch (row.status()) {
				case NEW -> waiting++;
				case ANSWERED -> answered++;
				case LED_TO_CHANGE -> changed++;
			}
		}
		return new FeedbackQueue(service.id(), service.name(), new FeedbackCounts(rows.size(), waiting, answered, changed),
				weeks(rows), items(rows.subList(0, Math.min(200, rows.size()))));
	}

	/** The team answers; the author sees it. A second answer replaces the first. */
	@Transactional
	void answer(long feedbackId, String body, CurrentUser user) {
		Row row = teamOwned(feedbackId, user);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "An answer needs some text.");
		}
		privacy.refuseIdentityNumbers("body", text);
		jdbc.sql("""
				update events_feedback set answer = :answer, answered_by = :me, answered_at = :now,
				  status = case when status = 'LED_TO_CHANGE' then status else 'ANSWERED' end
				where id = :id
				""")
			.param("answer", text)
			.param("me", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("id", row.id())
			.update();
	}

	/** The team marks that the feedback led to a change, saying what changed. */
	@Transactional
	void ledToChange(long feedbackId, String note, CurrentUser user) {
		Row row = teamOwned(feedbackId, user);
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("note", "Say what changed.");
		}
		if (row.status() == FeedbackStatus.LED_TO_CHANGE) {
			throw new RuleViolationException("feedback-state", "status", "The feedback is marked as a change already.");
		}
		privacy.refuseIdentityNumbers("note", text);
		jdbc.sql("""
				update events_feedback set status = 'LED_TO_CHANGE', change_note = :note, changed_by = :me, changed_at = :now
				where id = :id
				""")
			.param("note", text)
			.param("me", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("id", row.id())
			.update();
	}

	private Row teamOwned(long feedbackId, CurrentUser user) {
		Row row = jdbc.sql(SELECT + " where f.id = :id").param("id", feedbackId).query(Feedback::row).optional()
			.orElseThrow(() -> new no.samtale.platform.NotFoundException("Feedback", feedbackId));
		services.requireTeam(services.get(row.serviceId()), user);
		return row;
	}

	/** Counts per week (Monday to Sunday, Oslo time) for the last {@link #WEEKS} weeks, oldest first, zeros kept. */
	private static List<FeedbackWeek> weeks(List<Row> rows) {
		LocalDate thisWeek = LocalDate.now(OSLO).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<FeedbackWeek> weeks = new ArrayList<>();
		for (int i = WEEKS - 1; i >= 0; i--) {
			LocalDate start = thisWeek.minusWeeks(i);
			int count = (int) rows.stream()
				.map(row -> row.createdAt().atZone(OSLO).toLocalDate())
				.filter(day -> !day.isBefore(start) && day.isBefore(start.plusWeeks(1)))
				.count();
			weeks.add(new FeedbackWeek(start, count));
		}
		return weeks;
	}

	private static final String SELECT = "select f.*, s.name as service_name from events_feedback f "
			+ "join events_feedback_service s on s.id = f.service_id";

	record Row(long id, long serviceId, String serviceName, long authorId, String body, FeedbackStatus status,
			String answer, Long answeredBy, Instant answeredAt, String changeNote, Instant changedAt, Instant createdAt) {
	}

	private List<FeedbackItem> items(List<Row> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> {
			ids.add(row.authorId());
			if (row.answeredBy() != null) {
				ids.add(row.answeredBy());
			}
		});
		Map<Long, Person> people = users.people(ids);
		return rows.stream()
			.map(row -> new FeedbackItem(row.id(), row.serviceId(), row.serviceName(), row.body(), row.status(),
					people.get(row.authorId()), row.answer(), row.answeredBy() == null ? null : people.get(row.answeredBy()),
					row.answeredAt(), row.changeNote(), row.changedAt(), row.createdAt()))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("service_id"), rs.getString("service_name"), rs.getLong("author_id"),
				rs.getString("body"), FeedbackStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				LiveEvents.nullableLong(rs, "answered_by"), LiveEvents.instant(rs, "answered_at"),
				rs.getString("change_note"), LiveEvents.instant(rs, "changed_at"), rs.getTimestamp("created_at").toInstant());
	}

}
