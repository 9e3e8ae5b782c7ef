package no.samtale.channels;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The platforms' own figures for an account, one value per object (the page, or one of its posts), metric and day,
 * as the connectors pull them (Meta daily: {@code page_follows}, {@code page_total_media_view_unique},
 * {@code post_total_media_view_unique}, {@code post_media_view}). For analytics, which reads and never writes them.
 */
@Service
public class Figures {

	/** What a figure counts: the account's page or profile as a whole, or one post. */
	public enum ObjectKind {
		PAGE, POST
	}

	public record Figure(String objectId, ObjectKind objectKind, String metric, LocalDate date, long value) {
	}

	private final JdbcClient jdbc;

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's figures for the days from {@code from} to {@code to}, both included, by day, page first. */
	public List<Figure> of(long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from channels_figure
				where account_id = :account and figure_date between :from and :to
				order by figure_date, object_kind, object_id, metric
				""")
			.param("account", accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Figure(rs.getString("object_id"), ObjectKind.valueOf(rs.getString("object_kind")),
					rs.getString("metric"), rs.getDate("figure_date").toLocalDate(), rs.getLong("figure_value")))
			.list();
	}

}
