package no.samtale.search.internal;

import java.time.Instant;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/** The fields of an index document, and the mapping from {@link IndexableDocument}. */
final class IndexFields {

	static final String KEY = "key";
	static final String SOURCE = "source";
	static final String ID = "id";
	static final String SPACE = "space";
	static final String KIND = "kind";
	static final String STATUS = "status";
	static final String VERIFIED = "verified";
	static final String CREATED = "created";
	static final String TITLE = "title";
	static final String QUESTION = "question";
	static final String ANSWERS = "answers";
	/** Title and question: what a discussion asks. */
	static final String QA = "qa";
	/** The same text as character n-grams (see {@link NorwegianAnalysis#grams()}), for typos and compounds. */
	static final String GRAMS = "grams";
	/**
	 * Every word as written (lower case, æ/ø/å folded, no stemming, no stop words), for {@link Vocabulary}: only its
	 * term dictionary and document frequencies are read, so it keeps no positions, frequencies or norms.
	 */
	static final String SPELLED = "spelled";
	/** Who may read a document: its source and space as one number ({@link #readableKey}), for the readers' filter. */
	static final String READABLE = "readable";
	/**
	 * Which document this is, as one number ({@link #documentKey}) in doc values: read for every candidate of a
	 * similar-question query to look up how often it was used ({@link UsePrior}).
	 */
	static final String DOCUMENT = "document";

	/**
	 * The fields a query searches, with their weights: what was asked (title and question in one field) and what
	 * was answered, the answers at 0.2. A new question is worded like the old question more than like its answer,
	 * whose words also fit neighbouring cases; 0.1–0.3 were best on the development set, with and without
	 * synonyms, 1.0 (one field for all) the worst (docs/search.md). Title and question stay together: as separate
	 * fields BM25's length normalisation made short titles outweigh everything (recall@1 0.67 against 0.88).
	 */
	static final String[] TEXT = { QA, ANSWERS };
	static final float[] WEIGHTS = { 1.0f, 0.2f };

	private IndexFields() {
	}

	static Term key(String key) {
		return new Term(KEY, key);
	}

	/**
	 * A source's space as one number: ids of different sources may be equal (a forum space and an inbox team), so
	 * the source takes the bits above a space id's 40.
	 */
	static long readableKey(SearchSource source, long spaceId) {
		return withSource(source, spaceId);
	}

	/** A document as one number, the source above the id's 40 bits as in {@link #readableKey}. */
	static long documentKey(SearchSource source, long id) {
		return withSource(source, id);
	}

	/** The codes are fixed here, not the enum's order, so adding a source changes no indexed key. */
	private static long withSource(SearchSource source, long id) {
		long code = switch (source) {
			case FORUM -> 1;
			case INBOX -> 2;
			case CANNED -> 3;
			case POST -> 4;
			case NETTPRAT -> 5;
		};
		if (id < 0 || id >= 1L << 40) {
			throw new IllegalArgumentException("id out of range: " + id);
		}
		return code << 40 | id;
	}

	static Document toDocument(IndexableDocument d) {
		Document doc = new Document();
		doc.add(new StringField(KEY, d.key(), Field.Store.NO));
		doc.add(new StringField(SOURCE, d.source().name(), Field.Store.YES));
		doc.add(new StoredField(ID, d.id()));
		// Shown with a hit only: who may read it is filtered on READABLE.
		doc.add(new StoredField(SPACE, Long.toString(d.spaceId())));
		// Points and doc values, so the readers' filter can check only the documents a query's words reach instead
		// of collecting every readable document first (Readable.filter).
		doc.add(new LongField(READABLE, readableKey(d.source(), d.spaceId()), Field.Store.NO));
		doc.add(new NumericDocValuesField(DOCUMENT, documentKey(d.source(), d.id())));
		doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
		if (d.status() != null) {
			doc.add(new StringField(STATUS, d.status(), Field.Store.YES));
		}
		doc.add(new StringField(VERIFIED, Boolean.toString(d.verified()), Field.Store.YES));
		// Read for every candidate of a similar-question query, so from doc values rather than stored fields.
		doc.add(new NumericDocValuesField(VERIFIED, d.verified() ? 1 : 0));
		long created = d.createdAt().toEpochMilli();
		doc.add(new LongPoint(CREATED, created));
		doc.add(new NumericDocValuesField(CREATED, created));
		doc.add(new StoredField(CREATED, created));
		doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
		doc.add(new TextField(QUESTION, d.question(), Field.Store.YES));
		doc.add(new TextField(ANSWERS, d.answers(), Field.Store.YES));
		String all = d.title() + "\n" + d.question() + "\n" + d.answers();
		doc.add(new TextField(QA, d.title() + "\n" + d.question(), Field.Store.NO));
		doc.add(new TextField(GRAMS, all, Field.Store.NO));
		doc.add(new Field(SPELLED, all, SPELLED_TYPE));
		return doc;
	}

	private static final FieldType SPELLED_TYPE = spelledType();

	private static FieldType spelledType() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS);
		type.setTokenized(true);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	/** The stored fields a hit shows; the long question and answers are read only for snippets. */
	static final Set<String> SHOWN = Set.of(SOURCE, ID, SPACE, KIND, STATUS, VERIFIED, CREATED, TITLE);

	/** The stored part of a hit, read back. */
	record Stored(SearchSource source, long id, long spaceId, String kind, String status, boolean verified,
			Instant createdAt, String title, String question, String answers) {

		static Stored of(Document doc) {
			return new Stored(SearchSource.valueOf(doc.get(SOURCE)), doc.getField(ID).numericValue().longValue(),
					Long.parseLong(doc.get(SPACE)), doc.get(KIND), doc.get(STATUS), Boolean.parseBoolean(doc.get(VERIFIED)),
					Instant.ofEpochMilli(doc.getField(CREATED).numericValue().longValue()), doc.get(TITLE),
					doc.get(QUESTION) == null ? "" : doc.get(QUESTION), doc.get(ANSWERS) == null ? "" : doc.get(ANSWERS));
		}

	}

}
