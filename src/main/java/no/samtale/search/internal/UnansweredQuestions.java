package no.samtale.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.platform.NotFoundException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Questions searched for that found nothing, counted so editors and moderators see what to write answers for.
 * Nothing about who asked is kept. Questions are counted as one when they have the same analysed words (order,
 * inflection, case and stop words aside), and the text shown is the first asking, masked by the privacy module.
 */
@Service
class UnansweredQuestions {

	private static final Logger LOG = LoggerFactory.getLogger(UnansweredQuestions.class);

	static final int MAX_DAYS = 366;

	static final int MAX_LIMIT = 200;

	record UnansweredQuestion(long id, String question, int times, Instant firstAt, Instant lastAt) {
	}

	private final JdbcClient jdbc;

	private final PersonalDataPolicy privacy;

	private final Analyzer analyzer = NorwegianAnalysis.index();

	UnansweredQuestions(JdbcClient jdbc, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.privacy = privacy;
	}

	/** Counts a question that found nothing; a failure to count never fails the search. */
	void record(String question) {
		// Masked first, so an identity number neither shows nor splits one question into many.
		String masked = privacy.masked(question.strip());
		String key = key(masked);
		if (key.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		try {
			if (increment(key, now) == 0) {
				try {
					jdbc.sql("""
							insert into search_unanswered (query_key, question, times, first_at, last_at)
							values (:key, :question, 1, :now, :now)
							""")
						.param("key", key)
						.param("question", masked)
						.param("now", Timestamp.from(now))
						.update();
				}
				catch (DuplicateKeyException raced) {
					increment(key, now);
				}
			}
		}
		catch (DataAccessException e) {
			LOG.warn("An unanswered search could not be counted: {}", e.getClass().getSimpleName());
		}
	}

	private int increment(String key, Instant now) {
		return jdbc.sql("update search_unanswered set times = times + 1, last_at = :now where query_key = :key")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The questions asked within {@code days} that found nothing, most often asked first. */
	List<UnansweredQuestion> list(Integer days, Integer limit) {
		int d = SearchInput.oneTo("days", days, 30, MAX_DAYS);
		int n = SearchInput.oneTo("limit", limit, 50, MAX_LIMIT);
		return jdbc.sql("""
				select id, question, times, first_at, last_at from search_unanswered where last_at >= :since
				order by times desc, last_at desc, id limit :n
				""")
			.param("since", Timestamp.from(Instant.now().minus(Duration.ofDays(d))))
			.param("n", n)
			.query((rs, row) -> new UnansweredQuestion(rs.getLong("id"), rs.getString("question"), rs.getInt("times"),
					rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant()))
			.list();
	}

	/** Takes a question off the list once it has an answer (asked again later, it comes back). */
	void dismiss(long id) {
		if (jdbc.sql("delete from search_unanswered where id = :id").param("id", id).update() == 0) {
			throw new NotFoundException("Unanswered question", id);
		}
	}

	/** The question's analysed words, sorted and distinct: the same question in other words order counts as one. */
	String key(String question) {
		String key = String.join(" ", new TreeSet<>(NorwegianAnalysis.terms(analyzer, question)));
		return key.length() <= 500 ? key : key.substring(0, 500);
	}

}
