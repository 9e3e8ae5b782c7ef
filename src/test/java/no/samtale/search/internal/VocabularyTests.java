package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/** A word the index has never seen is read as the known words a slip away from it as it was written. */
class VocabularyTests {

	private IndexSearcher searcher;

	@BeforeEach
	void index() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianAnalysis.index()))) {
			writer.addDocument(document(1, "Kan pappa ta ut permisjon", "Mor er student og far vil være hjemme."));
			writer.addDocument(document(2, "Lønn under sykdom", "Får jeg lønn fra arbeidsgiver de første dagene?"));
			writer.addDocument(document(3, "Lønn og skatt", "Hvor mye skatt trekkes av lønn?"));
			writer.addDocument(document(4, "Lønnsslipp", "Jeg finner ikke lønnsslippen min, og lønt er ikke et ord."));
			writer.addDocument(document(5, "Foreldrepengane vart stoppa", "Eg fekk ikkje foreldrepengane mine i mai."));
		}
		searcher = new IndexSearcher(DirectoryReader.open(directory));
	}

	@Test
	void aSlipThatChangesTheStemIsFoundByTheWordAsWritten() {
		// "papap" is one swap from "pappa", whose stem "papp" is two edits from it: among stems it was not found.
		assertThat(vocabulary().neighbours("papap", 1, 3)).containsExactly(stem("pappa"));
		assertThat(vocabulary().neighbours("foreldrepemgane", 2, 3)).containsExactly(stem("foreldrepengane"));
	}

	@Test
	void theMostFrequentOfTheWordsWithinReachComesFirst() {
		assertThat(vocabulary().neighbours("lønm", 1, 3)).first().isEqualTo(stem("lønn"));
	}

	@Test
	void aQuestionWithSlipsFindsItsDiscussion() throws IOException {
		SimilarRanking.Question question = SimilarRanking.query(NorwegianAnalysis.query(null), "kan papap ta prem", searcher);

		List<SimilarRanking.Ranked> ranked = SimilarRanking.rank(searcher, question, null, 3,
				SimilarRanking.Tuning.ADOPTED, UsePrior.NONE);

		assertThat(ranked).first().extracting(r -> r.doc().id()).isEqualTo(1L);
	}

	private Vocabulary vocabulary() {
		return new Vocabulary(searcher.getIndexReader());
	}

	private static String stem(String word) {
		return NorwegianAnalysis.terms(NorwegianAnalysis.index(), word).get(0);
	}

	private static org.apache.lucene.document.Document document(long id, String title, String question) {
		return IndexFields.toDocument(new IndexableDocument(SearchSource.FORUM, id, 1, "TOPIC", title, question, "",
				"ANSWERED", false, Instant.EPOCH));
	}

}
