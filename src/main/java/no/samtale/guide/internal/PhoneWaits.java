package no.samtale.guide.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.samtale.contacts.PhoneQueues;
import no.samtale.contacts.PhoneQueues.LineWait;
import no.samtale.platform.ExpiringCache;

/**
 * What a topic's phone line made callers wait on its latest imported day, from the contacts module's telephony
 * figures. Honest only when recent: a day more than {@link #FRESH_DAYS} days back says nothing about today's queue,
 * and a day with no answered call has no wait to speak of; both give none. Read at most once a minute (the figures
 * are imported once a day), so a lookup reads no table.
 */
@Component
class PhoneWaits {

	/** A phone line's wait on a recent day. */
	record PhoneWait(int minutes, LocalDate day) {
	}

	static final int FRESH_DAYS = 7;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final PhoneQueues queues;

	private final ExpiringCache<LocalDate, Map<String, LineWait>> latest = new ExpiringCache<>(Duration.ofMinutes(1), 2);

	PhoneWaits(PhoneQueues queues) {
		this.queues = queues;
	}

	/** The wait on the line of this topic key, or null when there is no recent day with answered calls. */
	@Nullable PhoneWait of(String topic) {
		LocalDate today = LocalDate.now(OSLO);
		LineWait line = latest.get(today, day -> queues.latestSince(day.minusDays(FRESH_DAYS))).get(topic);
		if (line == null || line.answered() == 0) {
			return null;
		}
		return new PhoneWait((int) Math.round(line.averageWaitSeconds() / 60.0), line.day());
	}

	/** Forgets what was read, so figures imported a moment ago show at once (tests, and after an import). */
	void forget() {
		latest.clear();
	}

}
