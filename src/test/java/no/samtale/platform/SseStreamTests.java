package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A stream writes on its own writer threads, in order, and a reader that stops reading costs the sender nothing:
 * its backlog is capped and the stream closed, so the page reconnects and catches up from the database.
 */
class SseStreamTests {

	@Test
	void eventsAreWrittenInOrderAndNotOnTheSendersThread() throws Exception {
		List<Integer> written = new CopyOnWriteArrayList<>();
		List<Thread> writers = new CopyOnWriteArrayList<>();
		CountDownLatch all = new CountDownLatch(100);
		SseStream stream = new SseStream(() -> { });
		for (int i = 0; i < 100; i++) {
			int n = i;
			stream.send(batch -> {
				written.add(n);
				writers.add(Thread.currentThread());
				all.countDown();
			});
		}
		assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(written).isSorted().hasSize(100);
		assertThat(writers).doesNotContain(Thread.currentThread());
	}

	@Test
	void aReaderThatStopsReadingIsClosedInsteadOfHoldingTheSender() throws Exception {
		CountDownLatch stuck = new CountDownLatch(1);
		CountDownLatch writing = new CountDownLatch(1);
		AtomicInteger gone = new AtomicInteger();
		SseStream stream = new SseStream(gone::incrementAndGet);
		stream.send(batch -> {
			writing.countDown();
			try {
				stuck.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
		long started = System.nanoTime();
		for (int i = 0; i <= SseStream.MAX_BACKLOG; i++) {
			stream.send("change", i);
		}
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		stuck.countDown();

		assertThat(stream.isOpen()).isFalse();
		assertThat(gone.get()).as("the hub forgets the stream once").isEqualTo(1);
		assertThat(tookMillis).as("sending never waited for the stuck write").isLessThan(2_000);
	}

}
