package no.samtale.analytics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import no.samtale.platform.DuplicateSafeInsert;

/**
 * The demo's history of a table of days, written beside what the listeners count: a day that has a row already
 * keeps it. The histories end before today (or this month), but a start that crosses midnight has counted the
 * earlier demos' events on a day that is in the past by the time the history is written; a plain insert of that
 * day failed the start (seen on PostgreSQL at 00:00:02 Oslo time).
 */
final class HistoryDays {

	private final JdbcTemplate jdbc;

	private final int keys;

	private final String sql;

	/**
	 * @param keyColumns the columns of the table's key, as {@code account_id, metric_day}
	 * @param otherColumns the columns the history sets beside the key
	 */
	HistoryDays(JdbcTemplate jdbc, DuplicateSafeInsert inserts, String table, String keyColumns,
			String otherColumns) {
		this.jdbc = jdbc;
		List<String> key = Arrays.stream(keyColumns.split(",")).map(String::strip).toList();
		this.keys = key.size();
		int columns = keys + otherColumns.split(",").length;
		this.sql = inserts.forBatch("insert into " + table + " (" + keyColumns + ", " + otherColumns + ")\nselect "
				+ Stream.generate(() -> "?").limit(columns).collect(Collectors.joining(", "))
				+ "\nwhere not exists (select 1 from " + table + " where "
				+ key.stream().map(column -> column + " = ?").collect(Collectors.joining(" and ")) + ")", keyColumns);
	}

	/** Writes the rows, each its key's values first, then the other columns' in their order. */
	void write(List<Object[]> rows) {
		jdbc.batchUpdate(sql, rows.stream().map(row -> {
			Object[] guarded = Arrays.copyOf(row, row.length + keys);
			System.arraycopy(row, 0, guarded, row.length, keys);
			return guarded;
		}).toList());
	}

}
