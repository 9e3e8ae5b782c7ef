package no.samtale.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener between modules that fails a chosen number of times before it succeeds, as a listener does when the
 * database is briefly unavailable: the tests of the event retry publish {@link Probe}s to it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlakyListener {

	public record Probe(String id) {
	}

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final Set<String> handled = ConcurrentHashMap.newKeySet();

	public void failNext(int times) {
		failuresLeft.set(times);
	}

	public boolean handled(String id) {
		return handled.contains(id);
	}

	@ApplicationModuleListener
	void on(Probe probe) {
		if (failuresLeft.getAndDecrement() > 0) {
			throw new IllegalStateException("Failing on purpose for the retry test");
		}
		handled.add(probe.id());
	}

}
