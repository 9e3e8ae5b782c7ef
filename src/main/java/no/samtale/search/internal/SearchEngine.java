package no.samtale.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

import no.samtale.dialogue.SpaceRecord;
import no.samtale.dialogue.Spaces;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;
import no.samtale.search.internal.SimilarQuestion.SpaceRef;

/** Runs searches and similar-question lookups against the index, only ever over spaces the reader may read. */
@Service
class SearchEngine implements SimilarQuestions {

	/** Lucene reads every earlier page to find a deep one; nobody pages that far by hand. */
	static final int MAX_WINDOW = 10_000;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final IndexService index;

	private final Synonyms synonyms;

	private final List<SpaceReaders> readers;

	private final Spaces spaces;

	private final UsePrior usePrior;

	private final Analyzer indexAnalyzer = NorwegianAnalysis.index();

	private final ExpiringCache<Long, String> spaceNames = new ExpiringCache<>(Duration.ofSeconds(30), 10_000);

	SearchEngine(IndexService index, Synonyms synonyms, List<SpaceReaders> readers, Spaces spaces, UseCounts uses) {
		this.index = index;
		this.synonyms = synonyms;
		this.readers = readers;
		this.spaces = spaces;
		this.usePrior = UsePrior.of(uses::uses);
	}

	@Override
	public List<SimilarQuestion> similar(String text, int limit, CurrentUser reader) {
		return similar(text, limit, null, reader);
	}

	/** Similar questions of one source, or of every source the reader may read when {@code source} is null. */
	List<SimilarQuestion> similar(String text, int limit, SearchSource source, CurrentUser reader) {
		String q = SearchInput.text(text, true);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		Readable readable = readable(reader).only(source);
		if (readable.isEmpty()) {
			return List.of();
		}
		Analyzer analyzer = synonyms.queryAnalyzer();
		return index.index().withSearcher(searcher -> {
			SimilarRanking.Question words = SimilarRanking.query(analyzer, q, searcher);
			return words == null ? List.of() : similar(searcher, words, readable, limit);
		});
	}

	private List<SimilarQuestion> similar(IndexSearcher searcher, SimilarRanking.Question words, Readable readable,
			int limit)
			throws IOException {
		return SimilarRanking.rank(searcher, words, readable.filter(), limit, SimilarRanking.Tuning.ADOPTED, usePrior)
			.stream()
			.map(r -> new SimilarQuestion(r.doc().id(), r.doc().title(), space(r.doc().source(), r.doc().spaceId()),
					r.doc().verified(),
					Math.round(r.score() * 1000) / 1000.0, r.doc().source()))
			.toList();
	}

	PageResponse<SearchHit> search(SearchQuery request, CurrentUser reader, PageQuery page) {
		String q = SearchInput.text(request.text(), false);
		if (page.offset() + page.size() > MAX_WINDOW) {
			throw new InvalidInputException("page", "Narrow the search: results stop after " + MAX_WINDOW);
		}
		Readable readable = readable(reader).only(request.source());
		if (request.spaceId() != null) {
			// A space the reader may not read answers like an empty one, so its existence does not leak.
			readable = readable.onlyForumSpace(request.spaceId());
		}
		Query words = q.isEmpty() ? null : TermQueries.mostWords(synonyms.queryAnalyzer(), q);
		if (readable.isEmpty() || (!q.isEmpty() && words == null)) {
			return PageResponse.of(List.of(), page, 0);
		}
		Query query = filtered(words, readable, request);
		boolean newest = request.sort() == SearchQuery.Sort.NEWEST || words == null;
		return index.index().withSearcher(searcher -> {
			int window = (int) (page.offset() + page.size());
			TopDocs top = newest
					? searcher.search(query, window, new Sort(new SortField(IndexFields.CREATED, SortField.Type.LONG, true)))
					: searcher.search(query, window);
			int total = searcher.count(query);
			ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, (int) Math.min(page.offset(), top.scoreDocs.length),
					top.scoreDocs.length);
			TopDocs pageDocs = new TopDocs(top.totalHits, slice);
			Map<String, String[]> marks = words == null ? Map.of()
					: Snippets.highlight(searcher, indexAnalyzer, words, pageDocs);
			List<SearchHit> hits = new ArrayList<>(slice.length);
			for (int i = 0; i < slice.length; i++) {
				// The long fields only when a snippet may need the start of the question.
				IndexFields.Stored doc = IndexFields.Stored.of(searcher.storedFields().document(slice[i].doc));
				hits.add(hit(doc, marks, i, newest ? 0 : slice[i].score));
			}
			return PageResponse.of(hits, page, total);
		});
	}

	private SearchHit hit(IndexFields.Stored doc, Map<String, String[]> marks, int i, double score) {
		String title = pick(marks, IndexFields.TITLE, i);
		String snippet = pick(marks, IndexFields.QUESTION, i);
		if (snippet == null) {
			snippet = pick(marks, IndexFields.ANSWERS, i);
		}
		return new SearchHit(doc.source(), doc.id(), doc.title(), title != null ? title : Snippets.escape(doc.title()),
				snippet != null ? snippet : Snippets.start(doc.question()), space(doc.source(), doc.spaceId()), doc.kind(),
				doc.status(), doc.verified(), doc.createdAt(), Math.round(score * 1000) / 1000.0);
	}

	private static String pick(Map<String, String[]> marks, String field, int i) {
		String[] values = marks.get(field);
		return values == null ? null : values[i];
	}

	private static Query filtered(Query words, Readable readable, SearchQuery request) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(words != null ? words : new MatchAllDocsQuery(), Occur.MUST);
		query.add(readable.filter(), Occur.FILTER);
		if (request.kind() != null) {
			query.add(new TermQuery(new Term(IndexFields.KIND, request.kind())), Occur.FILTER);
		}
		if (request.status() != null) {
			query.add(new TermQuery(new Term(IndexFields.STATUS, request.status())), Occur.FILTER);
		}
		if (request.verified() != null) {
			query.add(new TermQuery(new Term(IndexFields.VERIFIED, request.verified().toString())), Occur.FILTER);
		}
		if (request.from() != null || request.to() != null) {
			long from = request.from() == null ? Long.MIN_VALUE
					: request.from().atStartOfDay(OSLO).toInstant().toEpochMilli();
			long to = request.to() == null ? Long.MAX_VALUE
					: request.to().plusDays(1).atStartOfDay(OSLO).toInstant().toEpochMilli() - 1;
			query.add(LongPoint.newRangeQuery(IndexFields.CREATED, from, to), Occur.FILTER);
		}
		return query.build();
	}

	/** What the reader may read, as the filter every query of theirs carries. */
	Readable readable(CurrentUser reader) {
		Map<SearchSource, Set<Long>> ids = new EnumMap<>(SearchSource.class);
		readers.forEach(r -> ids.computeIfAbsent(r.source(), s -> new HashSet<>()).addAll(r.readableSpaceIds(reader)));
		return new Readable(ids);
	}

	/** A document's space with its name, as a hit shows it. */
	SpaceRef space(SearchSource source, long spaceId) {
		if (source != SearchSource.FORUM) {
			String name = readers.stream().filter(r -> r.source() == source).map(r -> r.spaceName(spaceId))
				.filter(java.util.Objects::nonNull).findFirst().orElse("");
			return new SpaceRef(spaceId, name);
		}
		String name = spaceNames.get(spaceId, id -> spaces.find(id).map(SpaceRecord::name).orElse(""));
		return new SpaceRef(spaceId, name);
	}

}
