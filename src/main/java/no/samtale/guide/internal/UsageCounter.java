package no.samtale.guide.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.samtale.channels.OpeningHours;
import no.samtale.guide.GuideChannel;
import no.samtale.guide.GuideUsage;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Counts the guide's use in memory and adds the counts to the day's rows every few seconds, so that thousands of
 * lookups a second cost no database write each. Only the day, topic, need and channel are kept: no cookie, no address.
 */
@Component
class UsageCounter implements GuideUsage {

	/** The row a count goes to; "" stands for no need, as a key column cannot hold null. */
	record Key(LocalDate day, String topic, String need, GuideChannel channel) {
	}

	private record Tally(LongAdder routed, LongAdder chosen) {
	}

	private final Map<Key, Tally> pending = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	UsageCounter(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** The guide gave this channel as the best route. */
	void routed(String topic, @Nullable String need, GuideChannel channel, Instant at) {
		tally(topic, need, channel, at).routed().increment();
	}

	/** A citizen followed this channel's link from the guide. */
	void chosen(String topic, @Nullable String need, GuideChannel channel, Instant at) {
		tally(topic, need, channel, at).chosen().increment();
	}

	private Tally tally(String topic, @Nullable String need, GuideChannel channel, Instant at) {
		Key key = new Key(LocalDate.ofInstant(at, OpeningHours.ZONE), topic, need == null ? "" : need, channel);
		return pending.computeIfAbsent(key, k -> new Tally(new LongAdder(), new LongAdder()));
	}

	@Override
	public List<Count> between(LocalDate from, LocalDate to) {
		flush();
		return jdbc.sql("""
				select usage_day, topic, need, channel, routed, chosen from guide_usage_day
				where usage_day between :from and :to order by usage_day, topic, need, channel
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Count(rs.getDate("usage_day").toLocalDate(), rs.getString("topic"),
					rs.getString("need").isEmpty() ? null : rs.getString("need"),
					GuideChannel.valueOf(rs.getString("channel")), rs.getLong("routed"), rs.getLong("chosen")))
			.list();
	}

	/** Adds what was counted since the last flush to the table; a count taken meanwhile waits for the next. */
	@Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
	@PreDestroy
	synchronized void flush() {
		LocalDate today = LocalDate.now(OpeningHours.ZONE);
		for (Map.Entry<Key, Tally> entry : pending.entrySet()) {
			Key key = entry.getKey();
			Tally tally = entry.getValue();
			if (key.day().isBefore(today)) {
				// A past day's key takes no new counts; dropped before it is read, so the map holds about a day.
				pending.remove(key);
			}
			long routed = tally.routed().sumThenReset();
			long chosen = tally.chosen().sumThenReset();
			if (routed + chosen > 0) {
				add(key, routed, chosen);
			}
		}
	}

	private void add(Key key, long routed, long chosen) {
		if (update(key, routed, chosen) > 0) {
			return;
		}
		int inserted = jdbc.sql(inserts.forBatch("""
				insert into guide_usage_day (usage_day, topic, need, channel, routed, chosen)
				select :day, :topic, :need, :channel, :routed, :chosen
				where not exists (select 1 from guide_usage_day
				    where usage_day = :day and topic = :topic and need = :need and channel = :channel)
				""", "usage_day, topic, need, channel"))
			.param("day", Date.valueOf(key.day()))
			.param("topic", key.topic())
			.param("need", key.need())
			.param("channel", key.channel().name())
			.param("routed", routed)
			.param("chosen", chosen)
			.update();
		if (inserted == 0) {
			// Another node made the row between our update and insert: add to it.
			update(key, routed, chosen);
		}
	}

	private int update(Key key, long routed, long chosen) {
		return jdbc.sql("""
				update guide_usage_day set routed = routed + :routed, chosen = chosen + :chosen
				where usage_day = :day and topic = :topic and need = :need and channel = :channel
				""")
			.param("day", Date.valueOf(key.day()))
			.param("topic", key.topic())
			.param("need", key.need())
			.param("channel", key.channel().name())
			.param("routed", routed)
			.param("chosen", chosen)
			.update();
	}

}
