package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.NotFoundException;

/** Surveys, their questions and their anonymous answers as stored. */
@Component
class SurveyStore {

	enum Audience {
		PUBLIC, EMPLOYEES
	}

	enum State {
		DRAFT, OPEN, CLOSED
	}

	record Question(long id, int position, QuestionKind kind, String text, List<String> options) {
	}

	record NewQuestion(QuestionKind kind, String text, List<String> options) {
	}

	record Survey(long id, String title, Audience audience, State state, boolean oneAnswerPerBrowser, String token,
			Instant closesAt, long createdBy, Instant createdAt, List<Question> questions) {

		/** Open for answers: published, not closed, and before its closing time. */
		boolean takesAnswers(Instant now) {
			return state == State.OPEN && (closesAt == null || now.isBefore(closesAt));
		}
	}

	/** Options are kept one per line; the builder refuses line breaks in an option. */
	static final String OPTION_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String title, Audience audience, boolean oneAnswerPerBrowser, Instant closesAt, long userId,
			List<NewQuestion> questions) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analytics_survey (title, audience, state, one_answer_per_browser, closes_at, created_by,
				    created_at)
				values (:title, :audience, 'DRAFT', :once, :closesAt, :user, :now)
				""")
			.param("title", title)
			.param("audience", audience.name())
			.param("once", oneAnswerPerBrowser)
			.param("closesAt", closesAt == null ? null : Timestamp.from(closesAt), Types.TIMESTAMP)
			.param("user", userId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			jdbc.sql("""
					insert into analytics_survey_question (survey_id, position, kind, text, options)
					values (:survey, :position, :kind, :text, :options)
					""")
				.param("survey", id)
				.param("position", i)
				.param("kind", question.kind().name())
				.param("text", question.text())
				.param("options", question.options().isEmpty() ? null : String.join(OPTION_SEPARATOR, question.options()),
						Types.VARCHAR)
				.update();
		}
		return id;
	}

	Survey get(long id) {
		return find("id = :key", id).orElseThrow(() -> new NotFoundException("Survey", id));
	}

	Optional<Survey> byToken(String token) {
		return find("public_token = :key", token);
	}

	List<Survey> all() {
		return jdbc.sql("select id from analytics_survey order by created_at desc, id desc")
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	private Optional<Survey> find(String where, Object key) {
		return jdbc.sql("select * from analytics_survey where " + where)
			.param("key", key)
			.query((rs, n) -> survey(rs))
			.optional()
			.map(survey -> new Survey(survey.id(), survey.title(), survey.audience(), survey.state(),
					survey.oneAnswerPerBrowser(), survey.token(), survey.closesAt(), survey.createdBy(),
					survey.createdAt(), questions(survey.id())));
	}

	private List<Question> questions(long surveyId) {
		return jdbc.sql("select * from analytics_survey_question where survey_id = :survey order by position")
			.param("survey", surveyId)
			.query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("position"),
					QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getString("options") == null ? List.of()
							: Arrays.asList(rs.getString("options").split(OPTION_SEPARATOR))))
			.list();
	}

	/** Publishes a draft with a new public token; a published survey keeps its token. */
	String publish(long id) {
		Survey survey = get(id);
		if (survey.token() != null) {
			return survey.token();
		}
		String token = no.samtale.platform.RandomTokens.generate().substring(0, 22);
		jdbc.sql("""
				update analytics_survey set state = 'OPEN', public_token = :token, published_at = :now
				where id = :id and public_token is null
				""")
			.param("token", token)
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
		return get(id).token();
	}

	void close(long id) {
		jdbc.sql("update analytics_survey set state = 'CLOSED' where id = :id").param("id", id).update();
	}

	/** Stores one response with its answers (question id and stored value); no identity, only the day. */
	long respond(long surveyId, LocalDate day, List<Map.Entry<Long, String>> answers) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into analytics_survey_response (survey_id, submitted_on) values (:survey, :day)")
			.param("survey", surveyId)
			.param("day", Date.valueOf(day))
			.update(key, "id");
		long response = key.getKey().longValue();
		for (Map.Entry<Long, String> answer : answers) {
			jdbc.sql("insert into analytics_survey_answer (response_id, question_id, answer) values (:r, :q, :a)")
				.param("r", response)
				.param("q", answer.getKey())
				.param("a", answer.getValue())
				.update();
		}
		return response;
	}

	int responses(long surveyId) {
		return jdbc.sql("select count(*) from analytics_survey_response where survey_id = :survey")
			.param("survey", surveyId)
			.query(Integer.class)
			.single();
	}

	/** Per question: how often each stored value was given. */
	Map<Long, Map<String, Integer>> counts(long surveyId) {
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		jdbc.sql("""
				select a.question_id, a.answer, count(*) as n from analytics_survey_answer a
				join analytics_survey_question q on q.id = a.question_id
				where q.survey_id = :survey and q.kind <> 'FREE_TEXT'
				group by a.question_id, a.answer
				""")
			.param("survey", surveyId)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong("question_id"), q -> new HashMap<>())
				.put(rs.getString("answer"), rs.getInt("n")))
			.list();
		return counts;
	}

	/** How many responses answered each question at all. */
	Map<Long, Integer> answered(long surveyId) {
		Map<Long, Integer> answered = new HashMap<>();
		jdbc.sql("""
				select a.question_id, count(distinct a.response_id) as n from analytics_survey_answer a
				join analytics_survey_question q on q.id = a.question_id
				where q.survey_id = :survey group by a.question_id
				""")
			.param("survey", surveyId)
			.query((rs, n) -> answered.put(rs.getLong("question_id"), rs.getInt("n")))
			.list();
		return answered;
	}

	List<String> texts(long questionId, int limit) {
		return jdbc.sql("select answer from analytics_survey_answer where question_id = :q order by response_id desc")
			.param("q", questionId)
			.query(String.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** A one-time nonce for a survey that takes one answer per browser; only its hash is kept. */
	void issueNonce(long surveyId, String nonce) {
		jdbc.sql("insert into analytics_survey_nonce (nonce_hash, survey_id, issued_at) values (:hash, :survey, :now)")
			.param("hash", no.samtale.platform.RandomTokens.sha256(nonce))
			.param("survey", surveyId)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** Uses the nonce up: true the first time, false when it is unknown or was used already. */
	boolean useNonce(long surveyId, String nonce) {
		return jdbc.sql("""
				update analytics_survey_nonce set used_at = :now
				where nonce_hash = :hash and survey_id = :survey and used_at is null
				""")
			.param("hash", no.samtale.platform.RandomTokens.sha256(nonce))
			.param("survey", surveyId)
			.param("now", Timestamp.from(Instant.now()))
			.update() == 1;
	}

	private static Survey survey(ResultSet rs) throws SQLException {
		Timestamp closes = rs.getTimestamp("closes_at");
		return new Survey(rs.getLong("id"), rs.getString("title"), Audience.valueOf(rs.getString("audience")),
				State.valueOf(rs.getString("state")), rs.getBoolean("one_answer_per_browser"),
				rs.getString("public_token"), closes == null ? null : closes.toInstant(), rs.getLong("created_by"),
				rs.getTimestamp("created_at").toInstant(), List.of());
	}

}
