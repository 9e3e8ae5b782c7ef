package no.samtale.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.identity.CurrentUser;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;
import no.samtale.search.internal.SimilarQuestion.SpaceRef;

/**
 * Citizens' questions answered many times over: the answers advisors inserted into inbox replies most often in a
 * period, counted from the recorded suggestion uses. A question asked again and again in the inbox is answered from
 * the same canned answer or forum answer each time, so the answer stands for the question without any citizen's text
 * leaving the inbox. For editors a post that answers many at once; each is shown only to a reader who may read it.
 */
@Service
class AnsweredOften {

	static final int MAX_DAYS = 366;

	static final int MAX_LIMIT = 50;

	/** How many of the most used a reader's filter may thin: those of other teams are read past, not shown. */
	private static final int SCAN = 200;

	record AnsweredQuestion(SearchSource source, long id, String title, SpaceRef space, int times) {
	}

	private final JdbcClient jdbc;

	private final IndexService index;

	private final SearchEngine engine;

	AnsweredOften(JdbcClient jdbc, IndexService index, SearchEngine engine) {
		this.jdbc = jdbc;
		this.index = index;
		this.engine = engine;
	}

	/** Inserted into inbox replies within {@code days} (default 7), most often first, at most {@code limit} (10). */
	List<AnsweredQuestion> list(Integer days, Integer limit, CurrentUser reader) {
		int d = SearchInput.oneTo("days", days, 7, MAX_DAYS);
		int n = SearchInput.oneTo("limit", limit, 10, MAX_LIMIT);
		record Used(SearchSource source, long id, int times) {
		}
		List<Used> used = jdbc.sql("""
				select source, document_id, count(*) as times from search_suggestion_use
				where context = 'INBOX_REPLY' and used_at >= :since
				group by source, document_id order by count(*) desc, source, document_id limit :scan
				""")
			.param("since", Timestamp.from(Instant.now().minus(Duration.ofDays(d))))
			.param("scan", SCAN)
			.query((rs, row) -> new Used(SearchSource.valueOf(rs.getString("source")), rs.getLong("document_id"),
					rs.getInt("times")))
			.list();
		Readable readable = engine.readable(reader);
		if (used.isEmpty() || readable.isEmpty()) {
			return List.of();
		}
		return index.index().withSearcher(searcher -> {
			List<AnsweredQuestion> shown = new ArrayList<>();
			for (Used u : used) {
				if (shown.size() == n) {
					break;
				}
				// One document by its key, within what the reader may read: a deleted one or one of another team is
				// not found, and so not shown.
				BooleanQuery query = new BooleanQuery.Builder()
					.add(new TermQuery(IndexFields.key(IndexableDocument.key(u.source(), u.id()))), Occur.MUST)
					.add(readable.filter(), Occur.FILTER)
					.build();
				ScoreDoc[] hit = searcher.search(query, 1).scoreDocs;
				if (hit.length == 1) {
					IndexFields.Stored doc = IndexFields.Stored.of(searcher.storedFields().document(hit[0].doc,
							IndexFields.SHOWN));
					shown.add(new AnsweredQuestion(doc.source(), doc.id(), doc.title(),
							engine.space(doc.source(), doc.spaceId()), u.times()));
				}
			}
			return shown;
		});
	}

}
