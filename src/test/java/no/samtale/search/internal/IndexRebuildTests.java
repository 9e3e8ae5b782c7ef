package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ThisNode;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rebuild of an index that has documents keeps every one of them searchable while it runs, makes a change that
 * arrives meanwhile searchable at once, lets that change win over the older version the rebuild read, and deletes at
 * the end what the database no longer has. Against a real Lucene folder and the change feed's tables on an in-memory
 * H2; the rebuild is held in the middle of its feed by a latch.
 */
class IndexRebuildTests {

	@TempDir
	Path folder;

	private DriverManagerDataSource database;

	private IndexService service;

	private final CountDownLatch halfway = new CountDownLatch(1);

	private final CountDownLatch goOn = new CountDownLatch(1);

	/** What the database holds now: discussion 1 and 2; 3 was deleted since the index last saw it. */
	private volatile List<IndexableDocument> rows = List.of(doc(1, "sykepenger"), doc(2, "foreldrepenger"));

	@BeforeEach
	void open() throws Exception {
		database = new DriverManagerDataSource("jdbc:h2:mem:rebuild" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		JdbcClient jdbc = JdbcClient.create(database);
		String schema = new ClassPathResource("db/migration/V202612095001__search_change_feed.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		for (String statement : schema.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				jdbc.sql(statement).update();
			}
		}
		ClusterSignals quiet = new ClusterSignals() {
			@Override
			public void send(String kind, String ids) {
			}

			@Override
			public void on(String kind, Consumer<String> receiver) {
			}
		};
		ChangeFeed changes = new ChangeFeed(jdbc, JsonMapper.builder().build(), quiet,
				new DataSourceTransactionManager(database));
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("forum", new HeldFeed()));
		service = new IndexService(folder.toString(), 16, beans.getBeanProvider(SearchFeed.class), changes,
				new ThisNode("test-node", Instant.now()));
	}

	@AfterEach
	void close() {
		service.destroy();
		JdbcClient.create(database).sql("shutdown").update();
	}

	@Test
	void searchesFindEveryDocumentAndEachNewChangeWhileARebuildRuns() throws Exception {
		put(doc(1, "sykepenger"));
		put(doc(2, "foreldrepenger"));
		put(doc(3, "dagpenger"));
		assertThat(found(1)).isTrue();

		CompletableFuture<?> rebuild = CompletableFuture.runAsync(service::rebuildNow);
		assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
		try {
			assertThat(found(1)).as("a document the rebuild has rewritten").isTrue();
			assertThat(found(2)).as("a document the rebuild has not reached yet").isTrue();
			put(doc(4, "arbeidsavklaringspenger"));
			assertThat(found(4)).as("a new document, while the rebuild runs").isTrue();
			put(doc(2, "barnetrygd"));
			assertThat(question(2)).as("an edit, while the rebuild runs").isEqualTo("Om barnetrygd");
		}
		finally {
			goOn.countDown();
		}
		rebuild.get(30, TimeUnit.SECONDS);

		assertThat(found(1)).isTrue();
		assertThat(found(4)).as("added meanwhile, not in what the rebuild read").isTrue();
		assertThat(question(2)).as("the edit wins over the version the rebuild read").isEqualTo("Om barnetrygd");
		assertThat(found(3)).as("gone from the database, so gone from the index").isFalse();
	}

	/**
	 * A question and its first reply posted a moment apart: the listener of the question reads the discussion
	 * before the reply committed and is slow to write; the reply's listener reads both and writes first. The slower,
	 * older read must not be what the index keeps (it hid replies on H2 in CI until the next change). Both for a
	 * document the feed has not seen yet (the second writer's insert collides and is retried) and for one it has.
	 */
	@Test
	void ofTwoRacingReindexesOfOneDocumentTheLaterReadIsKept() throws Exception {
		for (long id : new long[] { 7, 7 }) {
			AtomicReference<String> stored = new AtomicReference<>("spørsmålet alene");
			CountDownLatch olderRead = new CountDownLatch(1);
			CountDownLatch letOlderWrite = new CountDownLatch(1);
			CompletableFuture<?> slow = CompletableFuture.runAsync(() -> service.reindex(SearchSource.FORUM, id, () -> {
				IndexableDocument read = doc(id, stored.get());
				olderRead.countDown();
				await(letOlderWrite);
				return Optional.of(read);
			}));
			assertThat(olderRead.await(30, TimeUnit.SECONDS)).isTrue();
			stored.set("spørsmålet med svaret");
			CompletableFuture<?> fast = CompletableFuture.runAsync(
					() -> service.reindex(SearchSource.FORUM, id, () -> Optional.of(doc(id, stored.get()))));
			// The second time the document is known and the faster writer waits for the slower one's row lock; the
			// first time it may finish first, and the slower one's insert collides, so it reads again.
			try {
				fast.get(500, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException waitsForTheLock) {
				// as it should when the document is known
			}
			letOlderWrite.countDown();
			slow.get(30, TimeUnit.SECONDS);
			fast.get(30, TimeUnit.SECONDS);

			assertThat(question(id)).isEqualTo("Om spørsmålet med svaret");
			assertThat(JdbcClient.create(database).sql("select document from search_change where doc_id = :id")
				.param("id", id).query(String.class).single()).contains("spørsmålet med svaret");
		}
	}

	private void put(IndexableDocument document) {
		service.reindex(document.source(), document.id(), () -> Optional.of(document));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean found(long id) {
		return service.index().withSearcher(searcher -> searcher
			.count(new TermQuery(new Term(IndexFields.KEY, SearchSource.FORUM.name() + ":" + id)))) == 1;
	}

	/** The stored question of the one document with this id (two versions of it would fail here). */
	private String question(long id) {
		return service.index().withSearcher(searcher -> {
			var hits = searcher.search(new TermQuery(new Term(IndexFields.KEY, SearchSource.FORUM.name() + ":" + id)), 2);
			assertThat(hits.scoreDocs).hasSize(1);
			return searcher.storedFields().document(hits.scoreDocs[0].doc).get(IndexFields.QUESTION);
		});
	}

	private static IndexableDocument doc(long id, String word) {
		return new IndexableDocument(SearchSource.FORUM, id, 1, "TOPIC", "Spørsmål " + id, "Om " + word, "", null, false,
				Instant.parse("2026-12-01T10:00:00Z"));
	}

	/** The forum's feed as the database has it, which stops after its first document until the test lets it on. */
	private final class HeldFeed implements SearchFeed {

		@Override
		public SearchSource source() {
			return SearchSource.FORUM;
		}

		@Override
		public long feed(Consumer<IndexableDocument> sink) {
			List<IndexableDocument> now = rows;
			sink.accept(now.get(0));
			halfway.countDown();
			await(goOn);
			now.stream().skip(1).forEach(sink);
			return now.size();
		}

	}

}
