package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder with its one writer and near-real-time searchers. A change is visible to searches as soon as
 * {@link #refresh()} runs (the indexer calls it after each change), and made durable by a commit at most a second
 * later, so a busy forum pays for one fsync a second rather than one per message. A marker file says a rebuild
 * is under way; if the process dies before the rebuild commits, the next start rebuilds again.
 */
final class LuceneIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private static final String REBUILDING_MARKER = "rebuild-in-progress";

	/**
	 * What the documents hold and how their text is analysed; raised when either changes (2: the character n-gram
	 * field {@code grams}; 4: nynorsk words brought to bokmål, {@link NynorskWords}; 5: the readers' key
	 * {@code readable}; 6: the document's key {@code document}, for the use prior; 7: the words as written,
	 * {@code spelled}, for the spelling). An index of another layout is
	 * rebuilt at start, with the rebuilding marker written first so a crash cannot skip it.
	 */
	static final String LAYOUT = "7";

	private static final String LAYOUT_KEY = "layout";

	private final Path folder;

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private static final Set<String> ID_ONLY = Set.of(IndexFields.ID);

	private final boolean needsRebuild;

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final ScheduledExecutorService committer;

	LuceneIndex(Path folder, double ramBufferMb) {
		try {
			this.folder = folder;
			boolean existed = Files.isDirectory(folder);
			Files.createDirectories(folder);
			this.directory = FSDirectory.open(folder);
			boolean exists = existed && DirectoryReader.indexExists(directory);
			if (exists && !LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY))) {
				Files.writeString(folder.resolve(REBUILDING_MARKER), "");
			}
			this.needsRebuild = !exists || Files.exists(folder.resolve(REBUILDING_MARKER));
			IndexWriterConfig config = new IndexWriterConfig(NorwegianAnalysis.index());
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(ramBufferMb);
			// Closing must not commit a half-done rebuild; close() commits itself when that is safe.
			config.setCommitOnClose(false);
			this.writer = new IndexWriter(directory, config);
			this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
			this.writer.commit();
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index in " + folder, e);
		}
		this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "search-commit");
			thread.setDaemon(true);
			return thread;
		});
		committer.scheduleWithFixedDelay(this::commitIfDirty, 1, 1, TimeUnit.SECONDS);
	}

	/** Whether the folder was missing, empty, of an older layout or left mid-rebuild when the index opened. */
	boolean needsRebuild() {
		return needsRebuild;
	}

	void put(Term key, Document doc) {
		io(() -> writer.updateDocument(key, doc));
		dirty.set(true);
	}

	void add(Document doc) {
		io(() -> writer.addDocument(doc));
	}

	void delete(Term key) {
		io(() -> writer.deleteDocuments(key));
		dirty.set(true);
	}

	void delete(Query query) {
		io(() -> writer.deleteDocuments(query));
	}

	/**
	 * Deletes the documents of {@code source} that this node's searches see and {@code keep} does not hold; answers how
	 * many. Documents written since the last refresh are not seen, and so not deleted.
	 */
	int deleteExcept(String source, SeenIds keep) {
		List<Term> gone = withSearcher(searcher -> {
			List<Term> found = new ArrayList<>();
			Weight weight = searcher.createWeight(new TermQuery(new Term(IndexFields.SOURCE, source)),
					ScoreMode.COMPLETE_NO_SCORES, 1);
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				Bits live = leaf.reader().getLiveDocs();
				StoredFields stored = leaf.reader().storedFields();
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if (live != null && !live.get(doc)) {
						continue;
					}
					long id = stored.document(doc, ID_ONLY).getField(IndexFields.ID).numericValue().longValue();
					if (!keep.contains(id)) {
						found.add(new Term(IndexFields.KEY, source + ":" + id));
					}
				}
			}
			return found;
		});
		gone.forEach(this::delete);
		return gone.size();
	}

	/** Makes changes so far visible to new searches. */
	void refresh() {
		io(searchers::maybeRefreshBlocking);
	}

	void commit() {
		io(() -> {
			dirty.set(false);
			writer.commit();
		});
	}

	void markRebuilding(boolean rebuilding) {
		io(() -> {
			Path marker = folder.resolve(REBUILDING_MARKER);
			if (rebuilding) {
				Files.writeString(marker, "");
			}
			else {
				Files.deleteIfExists(marker);
			}
		});
	}

	/** Runs {@code work} with a point-in-time searcher that is released afterwards. */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int documents() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	boolean dirty() {
		return dirty.get();
	}

	void markDirty() {
		dirty.set(true);
	}

	private void commitIfDirty() {
		try {
			if (dirty.get() && !Files.exists(folder.resolve(REBUILDING_MARKER))) {
				commit();
			}
		}
		catch (RuntimeException e) {
			log.warn("Committing the search index failed; retrying in a second", e);
		}
	}

	@Override
	public void close() {
		committer.shutdown();
		io(() -> {
			searchers.close();
			if (!Files.exists(folder.resolve(REBUILDING_MARKER))) {
				writer.commit();
			}
			writer.close();
			directory.close();
		});
	}

	@FunctionalInterface
	interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	@FunctionalInterface
	private interface IoWork {

		void run() throws IOException;

	}

	private static void io(IoWork work) {
		try {
			work.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
