package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written before the trigram field existed is rebuilt at start; one of today's layout is kept. */
class IndexLayoutTests {

	@TempDir
	Path folder;

	@Test
	void anIndexOfAnOlderLayoutIsRebuiltAndOneOfTodaysIsKept() throws IOException {
		try (IndexWriter old = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(NorwegianAnalysis.index()))) {
			Document doc = new Document();
			doc.add(new TextField(IndexFields.QA, "sykepenger", Field.Store.NO));
			old.addDocument(doc);
			old.commit();
		}

		LuceneIndex opened = new LuceneIndex(folder, 16);
		assertThat(opened.needsRebuild()).isTrue();
		opened.markRebuilding(false);
		opened.commit();
		opened.close();

		LuceneIndex reopened = new LuceneIndex(folder, 16);
		assertThat(reopened.needsRebuild()).isFalse();
		reopened.close();
	}

}
