package no.samtale.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.ThisNode;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.internal.SearchStatus.Rebuilt;

/**
 * The one writer of this node's index; every change is also written to the {@link ChangeFeed}, which the other
 * nodes' {@link FeedFollower}s apply to their own indexes. A rebuild rewrites each source from its {@link SearchFeed}
 * on a background thread (this service's own loop), document by document in place, and then deletes what the
 * database no longer has, so searches find every document throughout and a change made meanwhile is searchable at
 * once (a rebuild of a million messages takes minutes); such changes are applied again after the rebuild, in order,
 * so the newest version wins over an older one the rebuild read.
 */
@Service
class IndexService extends BackgroundLoop implements SearchIndex, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexService.class);

	private final LuceneIndex index;

	private final ObjectProvider<SearchFeed> feeds;

	private final Object lock = new Object();

	private boolean rebuilding;

	private boolean rebuildAsked;

	private final List<Consumer<LuceneIndex>> duringRebuild = new ArrayList<>();

	private volatile Rebuilt lastRebuild;

	private final ChangeFeed changes;

	private final ThisNode node;

	IndexService(@Value("${samtale.data-dir}") String dataDir,
			@Value("${samtale.search.ram-buffer-mb:64}") double ramBufferMb, ObjectProvider<SearchFeed> feeds,
			ChangeFeed changes, ThisNode node) {
		super("search-rebuild", Duration.ofMinutes(1), Duration.ofSeconds(10), SmartLifecycle.DEFAULT_PHASE);
		// A provider, not a list: the feeds themselves write through this service.
		this.index = new LuceneIndex(Path.of(dataDir, "search"), ramBufferMb);
		this.feeds = feeds;
		this.changes = changes;
		this.node = node;
	}

	LuceneIndex index() {
		return index;
	}

	/**
	 * Reads, applies here and records the document under its row lock in the change feed; every other node follows
	 * the feed. This node follows its own changes too (applying the same text again): skipping them would let a
	 * slower apply of another node's older version stay.
	 */
	@Override
	public void reindex(SearchSource source, long id, Supplier<Optional<IndexableDocument>> current) {
		changes.record(source, id, () -> {
			IndexableDocument document = current.get().orElse(null);
			if (document == null) {
				removeHere(source, id);
			}
			else {
				putHere(document);
			}
			return document;
		});
	}

	/** A change read from the feed. */
	void follow(ChangeFeed.Change change) {
		if (change.document() == null) {
			removeHere(change.source(), change.id());
		}
		else {
			putHere(change.document());
		}
	}

	private void putHere(IndexableDocument document) {
		apply(i -> i.put(IndexFields.key(document.key()), IndexFields.toDocument(document)));
	}

	private void removeHere(SearchSource source, long id) {
		apply(i -> i.delete(IndexFields.key(IndexableDocument.key(source, id))));
	}

	private void apply(Consumer<LuceneIndex> change) {
		synchronized (lock) {
			change.accept(index);
			if (rebuilding) {
				// The rebuild may still write an older version of the same document; the change is applied again
				// after it, so the newest wins.
				duringRebuild.add(change);
			}
		}
		index.refresh();
	}

	/** An index folder that was missing, empty or left mid-rebuild is filled from the database on start. */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfNeeded() {
		if (index.needsRebuild()) {
			log.info("Search index missing or incomplete; rebuilding from the database");
			rebuild();
		}
	}

	/** Starts rebuilding everything from the database in the background; false if a rebuild already runs. */
	boolean rebuild() {
		synchronized (lock) {
			if (rebuilding) {
				return false;
			}
			rebuilding = true;
			rebuildAsked = true;
		}
		wake();
		return true;
	}

	/** The background round: a rebuild when one was asked for. */
	@Override
	protected boolean runOnce() {
		boolean asked;
		synchronized (lock) {
			asked = rebuildAsked;
			rebuildAsked = false;
		}
		if (asked) {
			rebuildNow();
		}
		return false;
	}

	/** Rebuilds on the calling thread; the benchmark times this. */
	Rebuilt rebuildNow() {
		synchronized (lock) {
			rebuilding = true;
		}
		long started = System.nanoTime();
		long documents = 0;
		long messages = 0;
		try {
			// From here on the follower applies the feed's changes; what came before is in what the feeds read.
			changes.rebuilding(node.name(), changes.lastSeq());
			index.markRebuilding(true);
			// An empty index (a first start, a lost folder) takes documents without looking up their keys; otherwise
			// each document replaces its old version in place, so searches see every document throughout.
			boolean empty = index.documents() == 0;
			for (SearchFeed feed : feeds.orderedStream().toList()) {
				SeenIds seen = new SeenIds();
				long[] count = { 0 };
				messages += feed.feed(document -> {
					if (empty) {
						index.add(IndexFields.toDocument(document));
					}
					else {
						index.put(IndexFields.key(document.key()), IndexFields.toDocument(document));
					}
					seen.add(document.id());
					count[0]++;
				});
				if (!empty) {
					// What the database no longer has. A document added meanwhile may go too; it is applied again below.
					index.deleteExcept(feed.source().name(), seen);
				}
				documents += count[0];
			}
			index.commit();
			index.markRebuilding(false);
			Rebuilt done = new Rebuilt(Instant.now(), documents, messages, (System.nanoTime() - started) / 1_000_000);
			lastRebuild = done;
			log.info("Search index rebuilt: {} documents from {} messages in {} ms", documents, messages, done.millis());
			return done;
		}
		catch (RuntimeException e) {
			log.error("Rebuilding the search index failed; the next start or admin action retries", e);
			throw e;
		}
		finally {
			finishRebuild();
		}
	}

	private void finishRebuild() {
		synchronized (lock) {
			duringRebuild.forEach(change -> change.accept(index));
			duringRebuild.clear();
			rebuilding = false;
			index.markDirty();
		}
		index.refresh();
	}

	SearchStatus status() {
		boolean now;
		synchronized (lock) {
			now = rebuilding;
		}
		return new SearchStatus(index.documents(), now, lastRebuild, node.name(), changes.lags());
	}

	@Override
	public void destroy() {
		index.close();
	}

}
