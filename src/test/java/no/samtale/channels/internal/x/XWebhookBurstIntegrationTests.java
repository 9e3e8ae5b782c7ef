package no.samtale.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Deliveries arriving together are committed together (the hook writer's group commit): every request is answered
 * 200 only once its body is stored, a body X sends twice within the same burst is stored once, and each is
 * processed into the inbox once. Correctness only; the throughput is for the benchmark on a quiet machine.
 */
class XWebhookBurstIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBurstWithRepeatsIsAcknowledgedOnlyOnceStoredAndEachBodyArrivesOnce() throws Exception {
		XHooks hooks = new XHooks(this::api, jdbc);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			bodies.add(XHooks.mention("post.mention.create", XHooks.id(), "3500000000000000001",
					"Spørsmål " + i + " " + TestText.unique(), true));
		}
		List<Callable<Integer>> sends = new ArrayList<>();
		for (String body : bodies) {
			sends.add(() -> hooks.sendSigned(body));
		}
		for (String body : bodies.subList(0, 10)) {
			sends.add(() -> hooks.sendSigned(body));
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Integer> answers = new ArrayList<>();
		try {
			for (Future<Integer> send : pool.invokeAll(sends)) {
				answers.add(send.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(answers).hasSize(40).containsOnly(200);
		for (String body : bodies) {
			assertThat(hooks.deliveries(body)).isEqualTo(1);
			assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		}
	}

}
