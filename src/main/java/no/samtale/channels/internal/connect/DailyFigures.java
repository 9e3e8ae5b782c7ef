package no.samtale.channels.internal.connect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.Figures.ObjectKind;

/**
 * Once a day every connected account whose connector is a {@link FigureSource} is asked for its figures, which are
 * stored as the page's figures of their day. It rides on {@link Polling}: after a successful poll, an account whose
 * figures are older than {@link #EVERY} is read (so it runs on the node that holds the account's lease, and at once
 * for a newly connected account). A failure is logged and tried again an hour later at the soonest; the poll is not
 * affected. The figures cost a call or two per account and day from the account's budget, like any other call.
 */
@Service
public class DailyFigures {

	private static final Logger log = LoggerFactory.getLogger(DailyFigures.class);

	/** Figures are by Norwegian day, as analytics counts them. */
	public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** How old an account's figures may grow before they are read again. */
	static final Duration EVERY = Duration.ofHours(20);

	/** The soonest a failed or empty reading is tried again. */
	static final Duration RETRY = Duration.ofHours(1);

	private final List<FigureSource> sources;

	private final Connections connections;

	private final FigureStore store;

	private final JdbcClient jdbc;

	private final Map<Long, Instant> lastTried = new ConcurrentHashMap<>();

	DailyFigures(List<FigureSource> sources, Connections connections, FigureStore store, JdbcClient jdbc) {
		this.sources = sources;
		this.connections = connections;
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * After a poll: reads the account's figures if they are a day old and not tried within the hour. Never throws:
	 * the poll that called it has done its work whatever happens here.
	 */
	void pullIfDue(Connection connection) {
		Instant now = Instant.now();
		Instant tried = lastTried.get(connection.accountId());
		if (tried != null && tried.isAfter(now.minus(RETRY))) {
			return;
		}
		try {
			Instant newest = jdbc.sql("select max(fetched_at) from channels_figure where account_id = :id")
				.param("id", connection.accountId())
				.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
				.optional()
				.orElse(null);
			if (newest == null || newest.isBefore(now.minus(EVERY))) {
				lastTried.put(connection.accountId(), now);
				sources.stream().filter(s -> s.kind() == connection.connector()).findFirst()
					.ifPresent(source -> pull(source, connection));
			}
		}
		catch (RuntimeException e) {
			log.warn("Checking the figures of account {} failed: {}", connection.accountId(), e.getClass().getSimpleName());
		}
	}

	/** Pulls one account now (tests, and the first pull after connecting); answers whether it was read. */
	public boolean pull(long accountId) {
		Optional<Connection> connection = connections.of(accountId);
		return connection.flatMap(c -> sources.stream().filter(s -> s.kind() == c.connector()).findFirst())
			.map(source -> pull(source, connection.get()))
			.orElse(false);
	}

	private boolean pull(FigureSource source, Connection connection) {
		try {
			for (FigureSource.Reading reading : source.read(connection)) {
				store.store(connection.accountId(), connection.externalId(), ObjectKind.PAGE, reading.metric(),
						reading.date(), reading.value());
			}
			return true;
		}
		catch (DeliveryFailure | RuntimeException e) {
			log.warn("Reading the figures of account {} failed: {}", connection.accountId(), e.getClass().getSimpleName());
			return false;
		}
	}

	/** Today as analytics counts days. */
	public static LocalDate today() {
		return LocalDate.now(OSLO);
	}

}
