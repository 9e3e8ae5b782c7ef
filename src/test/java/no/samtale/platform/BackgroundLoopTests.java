package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The one background-thread lifecycle, without Spring: start, wake, survive a failed round, stop in time. */
class BackgroundLoopTests {

	/** Counts its rounds and has nothing to do in any of them; the first one may be made to fail. */
	private static final class Counting extends BackgroundLoop {

		private final AtomicInteger rounds = new AtomicInteger();

		private final boolean firstFails;

		private final CountDownLatch secondRound = new CountDownLatch(1);

		private final CountDownLatch firstRound = new CountDownLatch(1);

		private final CountDownLatch finished = new CountDownLatch(1);

		Counting(Duration idle, boolean firstFails) {
			super("test-loop", idle, Duration.ofSeconds(5), 0);
			this.firstFails = firstFails;
		}

		@Override
		protected boolean runOnce() {
			int round = rounds.incrementAndGet();
			(round == 1 ? firstRound : secondRound).countDown();
			if (round == 1 && firstFails) {
				throw new IllegalStateException("the first round fails");
			}
			return false;
		}

		@Override
		protected void afterLastRound() {
			finished.countDown();
		}

	}

	@Test
	void aRoundThatFailsIsFollowedByAnother() throws Exception {
		Counting loop = new Counting(Duration.ofMillis(50), true);
		loop.start();
		try {
			assertThat(loop.secondRound.await(5, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			loop.stop();
		}
	}

	@Test
	void aWakeEndsTheIdleWaitAtOnce() throws Exception {
		Counting loop = new Counting(Duration.ofHours(1), false);
		loop.start();
		try {
			assertThat(loop.firstRound.await(5, TimeUnit.SECONDS)).isTrue();

			loop.wake();

			assertThat(loop.secondRound.await(5, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			loop.stop();
		}
	}

	@Test
	void stoppingEndsTheIdleWaitAndRunsTheLastStepOnTheLoopsThread() throws Exception {
		Counting loop = new Counting(Duration.ofHours(1), false);
		loop.start();
		assertThat(loop.firstRound.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(loop.isRunning()).isTrue();

		long began = System.nanoTime();
		loop.stop();

		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
		assertThat(loop.finished.await(1, TimeUnit.SECONDS)).isTrue();
		assertThat(loop.isRunning()).isFalse();
	}

	@Test
	void aRoundThatWillNotEndIsInterruptedWhenTheStopWindowIsOver() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);
		CountDownLatch inRound = new CountDownLatch(1);
		BackgroundLoop stuck = new BackgroundLoop("stuck-loop", Duration.ofSeconds(1), Duration.ofMillis(200), 0) {

			@Override
			protected boolean runOnce() throws InterruptedException {
				inRound.countDown();
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException e) {
					interrupted.countDown();
					throw e;
				}
				return true;
			}

		};
		stuck.start();
		assertThat(inRound.await(5, TimeUnit.SECONDS)).isTrue();

		stuck.stop();

		assertThat(interrupted.await(1, TimeUnit.SECONDS)).isTrue();
	}

}
