package no.samtale.contacts.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.contacts.internal.ComplaintViews.ComplaintFigureRow;
import no.samtale.contacts.internal.ComplaintViews.ComplaintFigures;

/** What people complain about, per channel, over time: counts only, never a complaint's text. */
@Service
class ComplaintFigureCounts {

	private final JdbcClient jdbc;

	ComplaintFigureCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ComplaintFigures of(MonthRange range) {
		List<ComplaintFigureRow> byClassification = grouped("classification", range);
		List<ComplaintFigureRow> byChannel = grouped("channel", range);
		long total = byChannel.stream().mapToLong(ComplaintFigureRow::complaints).sum();
		long[] answered = jdbc.sql("""
				select count(*) as answered,
				    sum(case when cast(answered_at as date) <= deadline then 1 else 0 end) as in_time
				from contacts_complaint where status = 'ANSWERED' and received_month between :first and :last
				""")
			.param("first", range.firstMonth())
			.param("last", range.lastMonth())
			.query((rs, n) -> new long[] { rs.getLong("answered"), rs.getLong("in_time") })
			.single();
		return new ComplaintFigures(range.from(), range.to(), range.months(), byClassification, byChannel, total,
				answered[0], answered[1]);
	}

	private List<ComplaintFigureRow> grouped(String column, MonthRange range) {
		return jdbc.sql("""
				select received_month, %1$s as group_key, count(*) as complaints from contacts_complaint
				where received_month between :first and :last
				group by received_month, %1$s order by received_month, %1$s
				""".formatted(column))
			.param("first", range.firstMonth())
			.param("last", range.lastMonth())
			.query((rs, n) -> new ComplaintFigureRow(rs.getString("received_month"), rs.getString("group_key"),
					rs.getLong("complaints")))
			.list();
	}

}
