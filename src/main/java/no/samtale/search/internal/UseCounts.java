package no.samtale.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.samtale.search.SearchSource;

/**
 * How often each document was used as a suggestion in the last {@link #WINDOW}, held in memory for the ranking
 * ({@link UsePrior}), which reads it for every candidate. Recounted from the database every {@link #REFRESH} (one
 * grouped scan; other nodes' uses arrive with it), and a use recorded on this node counts at once. Only documents
 * that were used are held, so the map grows with what helps, not with the index.
 */
@Component
class UseCounts {

	/** A year: uses older than the rules they answered say little. */
	static final Duration WINDOW = Duration.ofDays(365);

	static final long REFRESH = 5 * 60 * 1000;

	private final JdbcClient jdbc;

	private volatile Map<Long, Integer> counts = new ConcurrentHashMap<>();

	UseCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How often the document ({@link IndexFields#documentKey}) was used. */
	int uses(long documentKey) {
		return counts.getOrDefault(documentKey, 0);
	}

	/** A use just recorded on this node, counted before the next recount. */
	void add(SearchSource source, long id) {
		if (id < 1L << 40) {
			counts.merge(IndexFields.documentKey(source, id), 1, Integer::sum);
		}
	}

	@Scheduled(initialDelay = 0, fixedDelay = REFRESH)
	void recount() {
		Map<Long, Integer> fresh = new ConcurrentHashMap<>();
		jdbc.sql("""
				select source, document_id, count(*) as uses from search_suggestion_use
				where used_at >= :since and document_id < :limit
				group by source, document_id
				""")
			.param("since", Timestamp.from(Instant.now().minus(WINDOW)))
			.param("limit", 1L << 40)
			.query(rs -> {
				fresh.put(IndexFields.documentKey(SearchSource.valueOf(rs.getString("source")), rs.getLong("document_id")),
						rs.getInt("uses"));
			});
		counts = fresh;
	}

}
