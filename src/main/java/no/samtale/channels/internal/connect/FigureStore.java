package no.samtale.channels.internal.connect;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Figures.ObjectKind;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Writes the platforms' figures into {@code channels_figure}, which {@code channels.Figures} serves to analytics: one
 * row per account, object, metric and day, a later reading of the same day overwriting the earlier (platforms revise
 * recent days, and a CSV imported again replaces the old). Meta's pull, the other connectors' daily pull and the
 * manual channels' CSV import all write through here.
 */
@Component
public class FigureStore {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	FigureStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** Overwrites the figure if it is there, else inserts it; two pulls racing still leave one row. */
	public void store(long accountId, String objectId, ObjectKind kind, String metric, LocalDate day, long value) {
		if (objectId.isBlank() || metric.isBlank() || objectId.length() > 200 || metric.length() > 100) {
			return;
		}
		if (update(accountId, objectId, metric, day, value) > 0) {
			return;
		}
		int inserted = inserts.insert("""
				insert into channels_figure (account_id, object_id, object_kind, metric, figure_date, figure_value,
				    fetched_at)
				values (:account, :object, :kind, :metric, :day, :value, :now)
				""", "account_id, object_id, metric, figure_date", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("object", objectId)
			.param("kind", kind.name())
			.param("metric", metric)
			.param("day", Date.valueOf(day))
			.param("value", value)
			.param("now", Timestamp.from(Instant.now()))
			.update());
		if (inserted == 0) {
			update(accountId, objectId, metric, day, value);
		}
	}

	private int update(long accountId, String objectId, String metric, LocalDate day, long value) {
		return jdbc.sql("""
				update channels_figure set figure_value = :value, fetched_at = :now
				where account_id = :account and object_id = :object and metric = :metric and figure_date = :day
				""")
			.param("value", value)
			.param("now", Timestamp.from(Instant.now()))
			.param("account", accountId)
			.param("object", objectId)
			.param("metric", metric)
			.param("day", Date.valueOf(day))
			.update();
	}

}
