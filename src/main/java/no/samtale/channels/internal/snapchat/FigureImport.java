package no.samtale.channels.internal.snapchat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.platform.InvalidInputException;

/**
 * Figures of a platform whose API Samtale cannot use (Snapchat's story views and followers, read in the app's
 * Insights), imported from CSV into the channels' figures, where they show with the other platforms': a header
 * {@code date,metric,value}, then one line per day and metric. A figure imported again for the same day replaces the
 * old one. A bad line is refused with its line number, and nothing of the file is stored.
 */
@Service
class FigureImport {

	static final Set<String> METRICS = Set.of("story_views", "story_viewers", "followers", "snaps_received");

	static final int MAX_LINES = 5000;

	private final JdbcClient jdbc;

	FigureImport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(LocalDate date, String metric, long value) {
	}

	static List<Row> parse(String csv) {
		String[] lines = csv.strip().split("\\r?\\n");
		if (lines.length == 0 || !lines[0].strip().replace(" ", "").equalsIgnoreCase("date,metric,value")) {
			throw new InvalidInputException("csv", "The first line must be: date,metric,value");
		}
		if (lines.length > MAX_LINES + 1) {
			throw new InvalidInputException("csv", "At most " + MAX_LINES + " lines");
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] cells = lines[i].split("[,;]");
			try {
				String metric = cells[1].strip().toLowerCase();
				long value = Long.parseLong(cells[2].strip());
				if (cells.length != 3 || !METRICS.contains(metric) || value < 0) {
					throw new IllegalArgumentException();
				}
				rows.add(new Row(LocalDate.parse(cells[0].strip()), metric, value));
			}
			catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException bad) {
				throw new InvalidInputException("csv", "Line " + (i + 1) + " must be a date (2026-12-05), one of "
						+ String.join(", ", METRICS.stream().sorted().toList()) + ", and a whole number of 0 or more");
			}
		}
		return rows;
	}

	@Transactional
	int store(Account account, List<Row> rows) {
		for (Row row : rows) {
			jdbc.sql("delete from channels_figure where account_id = :account and object_kind = 'PAGE' "
					+ "and metric = :metric and figure_date = :date")
				.param("account", account.id()).param("metric", row.metric()).param("date", Date.valueOf(row.date()))
				.update();
			jdbc.sql("""
					insert into channels_figure (account_id, object_id, object_kind, metric, figure_date, figure_value,
					    fetched_at)
					values (:account, :object, 'PAGE', :metric, :date, :value, :now)
					""").param("account", account.id()).param("object", account.handle()).param("metric", row.metric())
				.param("date", Date.valueOf(row.date())).param("value", row.value())
				.param("now", Timestamp.from(Instant.now())).update();
		}
		return rows.size();
	}

}
