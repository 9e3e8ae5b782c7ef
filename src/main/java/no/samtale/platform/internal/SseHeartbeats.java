package no.samtale.platform.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.SseStream;

/**
 * Sends a comment to every Server-Sent-Event stream of this node that has been quiet for
 * {@code samtale.sse.heartbeat-after} (20 s: under the minute after which common proxies cut an idle response), and
 * so also finds the streams whose readers went away without closing them. Looks a few times per interval, so a
 * stream beats at most a quarter interval late. The gauge {@code samtale.sse.open} counts the open streams.
 */
@Component
class SseHeartbeats extends BackgroundLoop {

	private final Duration after;

	SseHeartbeats(@Value("${samtale.sse.heartbeat-after:20s}") Duration after, MeterRegistry meters) {
		super("sse-heartbeats", after.dividedBy(4), Duration.ofSeconds(2), SmartLifecycle.DEFAULT_PHASE);
		this.after = after;
		Gauge.builder("samtale.sse.open", SseStream::openStreams)
			.description("Server-Sent-Event streams open on this node")
			.register(meters);
	}

	@Override
	protected boolean runOnce() {
		SseStream.beatIdle(after);
		return false;
	}

}
