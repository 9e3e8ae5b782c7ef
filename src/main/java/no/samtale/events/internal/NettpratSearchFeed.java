package no.samtale.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.AfterCommit;
import no.samtale.platform.ExpiringCache;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;

/**
 * Puts answered nettprat questions into the one search (source NETTPRAT): the question and the leader's answer,
 * titled by the nettprat, whose id is the "space". A nettprat is open to every employee, so everyone reads them.
 * Only the text is indexed, never who asked.
 */
@Component
class NettpratSearchFeed implements SearchFeed, SpaceReaders {

	private static final String ANSWERED = """
			select q.id, q.event_id, q.body, q.answer, q.answered_at, e.title from events_question q
			join events_live e on e.id = q.event_id where q.status = 'ANSWERED' and q.answer is not null
			""";

	private final JdbcClient jdbc;

	private final SearchIndex index;

	private final ExpiringCache<Long, Set<Long>> readable = new ExpiringCache<>(Duration.ofSeconds(5), 10);

	NettpratSearchFeed(JdbcClient jdbc, SearchIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	@Override
	public SearchSource source() {
		return SearchSource.NETTPRAT;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return readable.get(0L, any -> Set.copyOf(jdbc.sql("select id from events_live").query(Long.class).list()));
	}

	@Override
	public String spaceName(long eventId) {
		return jdbc.sql("select title from events_live where id = :id").param("id", eventId).query(String.class)
			.optional().orElse(null);
	}

	/** Reindexes one question once the writing transaction has committed (at once when there is none). */
	void changed(long questionId) {
		Runnable reindex = () -> index.reindex(SearchSource.NETTPRAT, questionId,
				() -> documents(" and q.id = :id", questionId).stream().findFirst());
		AfterCommit.run(reindex);
	}

	@Override
	public long feed(Consumer<IndexableDocument> sink) {
		List<IndexableDocument> all = documents(" order by q.id", null);
		all.forEach(sink);
		return all.size();
	}

	private List<IndexableDocument> documents(String tail, Long id) {
		var sql = jdbc.sql(ANSWERED + tail);
		if (id != null) {
			sql = sql.param("id", id);
		}
		return sql.query((rs, n) -> new IndexableDocument(SearchSource.NETTPRAT, rs.getLong("id"),
				rs.getLong("event_id"), "NETTPRAT", rs.getString("title"), rs.getString("body"), rs.getString("answer"),
				"ANSWERED", false,
				rs.getTimestamp("answered_at") == null ? Instant.EPOCH : rs.getTimestamp("answered_at").toInstant()))
			.list();
	}

}
