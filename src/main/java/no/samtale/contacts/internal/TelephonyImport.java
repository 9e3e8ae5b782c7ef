package no.samtale.contacts.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.contacts.internal.TelephonyCsv.TelephonyRow;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.CsvReader.Parsed;

/**
 * Imports the telephony system's figures all or nothing: a file with one bad row stores no row, and the answer names
 * every bad line and column. A day and line imported again replaces what was there, so a corrected file can be sent
 * again without counting twice.
 */
@Service
class TelephonyImport {

	private final JdbcClient jdbc;

	TelephonyImport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an import stored. */
	record TelephonyImported(int rows, java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
	}

	/** The figures of one month from the telephony system; the wait is the average over the calls answered. */
	record TelephonyMonth(String month, long calls, long answered, double averageWaitMinutes) {
	}

	@Transactional
	TelephonyImported importCsv(String csv, CurrentUser user) {
		Parsed<TelephonyRow> parsed = TelephonyCsv.parse(csv);
		if (!parsed.faults().isEmpty()) {
			throw new TelephonyCsvRejected(parsed.faults());
		}
		Timestamp now = Timestamp.from(Instant.now());
		for (TelephonyRow row : parsed.rows()) {
			jdbc.sql("delete from contacts_telephony_day where call_day = :day and topic = :topic")
				.param("day", Date.valueOf(row.day()))
				.param("topic", row.topic())
				.update();
			jdbc.sql("""
					insert into contacts_telephony_day (call_day, topic, calls, answered, average_wait_seconds,
					    imported_by, imported_at)
					values (:day, :topic, :calls, :answered, :wait, :user, :now)
					""")
				.param("day", Date.valueOf(row.day()))
				.param("topic", row.topic())
				.param("calls", row.calls())
				.param("answered", row.answered())
				.param("wait", row.averageWaitSeconds())
				.param("user", user.id())
				.param("now", now)
				.update();
		}
		List<java.time.LocalDate> days = parsed.rows().stream().map(TelephonyRow::day).sorted().toList();
		return new TelephonyImported(days.size(), days.get(0), days.get(days.size() - 1));
	}

	List<TelephonyMonth> months(MonthRange range) {
		List<TelephonyMonth> found = new ArrayList<>();
		jdbc.sql("""
				select call_day, calls, answered, average_wait_seconds from contacts_telephony_day
				where call_day between :first and :last order by call_day
				""")
			.param("first", Date.valueOf(range.from().withDayOfMonth(1)))
			.param("last", Date.valueOf(range.to().withDayOfMonth(range.to().lengthOfMonth())))
			.query(rs -> {
				String month = ContactLog.monthOf(rs.getDate("call_day").toLocalDate());
				long calls = rs.getLong("calls");
				long answered = rs.getLong("answered");
				double waitSeconds = (double) rs.getLong("average_wait_seconds") * answered;
				TelephonyMonth last = found.isEmpty() ? null : found.get(found.size() - 1);
				if (last != null && last.month().equals(month)) {
					double total = last.averageWaitMinutes() * 60 * last.answered() + waitSeconds;
					long allAnswered = last.answered() + answered;
					found.set(found.size() - 1, new TelephonyMonth(month, last.calls() + calls, allAnswered,
							allAnswered == 0 ? 0 : total / allAnswered / 60));
				}
				else {
					found.add(new TelephonyMonth(month, calls, answered, answered == 0 ? 0 : waitSeconds / answered / 60));
				}
			});
		return found.stream()
			.map(m -> new TelephonyMonth(m.month(), m.calls(), m.answered(), Math.round(m.averageWaitMinutes() * 10) / 10.0))
			.toList();
	}

}
