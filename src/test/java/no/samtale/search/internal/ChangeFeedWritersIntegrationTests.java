package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.search.SearchSource;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;

/**
 * Several writers recording the first changes of one document at the same moment, as the event listeners do when a
 * new discussion is asked and answered at once: each gets a number of its own, and the feed keeps the newest. On both
 * databases, since they differ exactly here (H2 retried an insert that met another's uncommitted row without pause).
 */
@AlsoOnTheEmbeddedDatabase
class ChangeFeedWritersIntegrationTests extends IntegrationTest {

	private static final int WRITERS = 6;

	@Autowired
	ChangeFeed feed;

	@Test
	void writersOfOneNewDocumentEachGetTheirOwnNumberAndTheFeedKeepsTheLast() throws Exception {
		// A document id no test creates: the feed records its removal (no text), which any follower applies harmlessly.
		long id = Long.MAX_VALUE - ThreadLocalRandom.current().nextLong(1_000_000_000L);
		long cursor = feed.lastSeq();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<Long>> numbers = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				numbers.add(writers.submit(() -> {
					start.await();
					return feed.record(SearchSource.CANNED, id, () -> {
						// As reading and indexing the document would: the row stays locked a moment.
						sleep(20);
						return null;
					});
				}));
			}
			start.countDown();
			List<Long> seqs = new ArrayList<>();
			for (Future<Long> number : numbers) {
				seqs.add(number.get());
			}
			assertThat(seqs).doesNotHaveDuplicates().allSatisfy(seq -> assertThat(seq).isGreaterThan(cursor));
			List<ChangeFeed.Change> kept = feed.after(cursor, 100_000).stream()
				.filter(change -> change.source() == SearchSource.CANNED && change.id() == id)
				.toList();
			assertThat(kept).singleElement()
				.satisfies(change -> assertThat(change.seq()).isEqualTo(seqs.stream().mapToLong(Long::longValue).max().orElseThrow()));
		}
		finally {
			writers.shutdownNow();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
