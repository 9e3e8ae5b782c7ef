package no.samtale.channels.internal.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;

/**
 * Produces citizen messages for the simulated accounts at their configured rate, through the same intake as a
 * real platform. Runs on every node, so with several nodes the rate is per node.
 */
@Component
class Simulator {

	private static final Logger log = LoggerFactory.getLogger(Simulator.class);

	private final SimulatedPlatform platform;

	private final Intake intake;

	private final Map<Long, Double> owed = new ConcurrentHashMap<>();

	Simulator(SimulatedPlatform platform, Intake intake) {
		this.platform = platform;
		this.intake = intake;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 5000)
	void tick() {
		for (SimulatedPlatform.Running running : platform.running()) {
			double due = owed.getOrDefault(running.accountId(), 0.0) + running.settings().ratePerMinute() / 60.0;
			int now = (int) Math.floor(due);
			owed.put(running.accountId(), due - now);
			for (int i = 0; i < now; i++) {
				try {
					generate(running.accountId(), running.settings());
				}
				catch (RuntimeException e) {
					log.warn("Simulated message for account {} failed: {}", running.accountId(), e.getClass().getName());
				}
			}
		}
	}

	void generate(long accountId, SimulatorSettings settings) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String name = CitizenPhrases.pick(CitizenPhrases.NAMES, random);
		String author = "sim-user-" + Math.abs(name.hashCode() % 1000) + "-" + random.nextInt(50);
		String id = "sim-" + UUID.randomUUID();
		InboundMessage message;
		if (random.nextDouble() < settings.privateShare()) {
			message = new InboundMessage(id, Visibility.PRIVATE, author, author, name,
					CitizenPhrases.pick(CitizenPhrases.PRIVATE, random), null, null, Instant.now());
		}
		else {
			int post = random.nextInt(CitizenPhrases.POSTS.size());
			message = new InboundMessage(id, Visibility.PUBLIC, id, author, name,
					CitizenPhrases.pick(CitizenPhrases.PUBLIC, random), "sim-post-" + accountId + "-" + post,
					CitizenPhrases.POSTS.get(post), Instant.now());
		}
		intake.receive(accountId, message);
		platform.countGenerated(accountId);
	}

}
