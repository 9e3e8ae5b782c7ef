package no.samtale.analytics.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Exports too large to wait for: the request is checked and stored at once, a db-scheduler one-time task (instance =
 * the export's id, so it survives a restart and runs on one node) writes the file into the row, and the person who
 * asked fetches it when it is ready. The file holds exactly what the synchronous export of the same range would.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundExports {

	static final String TASK = "analytics-export";

	enum Kind {
		ACCOUNT_DAILY, FORUM_MONTHLY
	}

	record Export(long id, long requestedBy, Kind kind, @Nullable Long subjectId, String from, String to,
			String format, String state, String filename) {
	}

	private static final OneTimeTask<Void> DESCRIPTOR = Tasks.oneTime(TASK).execute((instance, context) -> {
		throw new IllegalStateException("Only used to name instances");
	});

	private final JdbcClient jdbc;

	private final ObjectProvider<SchedulerClient> scheduler;

	BackgroundExports(JdbcClient jdbc, ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
	}

	@Bean
	OneTimeTask<Void> analyticsExport(AccountDaily daily, ForumMonths months, no.samtale.dialogue.Spaces spaces) {
		return Tasks.oneTime(TASK).execute((instance, context) -> {
			long id = Long.parseLong(instance.getId());
			find(id).ifPresent(export -> write(export, daily, months, spaces));
		});
	}

	long request(long userId, Kind kind, @Nullable Long subjectId, String from, String to, String format,
			String filename) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analytics_export (requested_by, kind, subject_id, range_from, range_to, format, state,
				    filename, created_at) values (:by, :kind, :subject, :from, :to, :format, 'QUEUED', :file, :now)
				""")
			.param("by", userId)
			.param("kind", kind.name())
			.param("subject", subjectId, Types.BIGINT)
			.param("from", from)
			.param("to", to)
			.param("format", format)
			.param("file", filename)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		scheduler.getObject().scheduleIfNotExists(DESCRIPTOR.instance(String.valueOf(id)), Instant.now());
		return id;
	}

	Optional<Export> find(long id) {
		return jdbc.sql("select * from analytics_export where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				long subject = rs.getLong("subject_id");
				return new Export(rs.getLong("id"), rs.getLong("requested_by"), Kind.valueOf(rs.getString("kind")),
						rs.wasNull() ? null : subject, rs.getString("range_from"), rs.getString("range_to"),
						rs.getString("format"), rs.getString("state"), rs.getString("filename"));
			})
			.optional();
	}

	byte[] body(long id) {
		return jdbc.sql("select body from analytics_export where id = :id").param("id", id).query(byte[].class)
			.single();
	}

	private void write(Export export, AccountDaily daily, ForumMonths months, no.samtale.dialogue.Spaces spaces) {
		List<String> header;
		List<List<Object>> rows;
		if (export.kind() == Kind.ACCOUNT_DAILY) {
			header = AnalyticsController.DAILY_HEADER;
			rows = daily.of(export.subjectId(), new DateRange(LocalDate.parse(export.from()), LocalDate.parse(export.to())))
				.stream()
				.map(AnalyticsController::exportRow)
				.toList();
		}
		else {
			List<Long> ids = export.subjectId() != null ? List.of(export.subjectId())
					: ForumFiguresController.forumSpaces(spaces).stream().map(s -> s.id()).toList();
			header = ForumFiguresController.HEADER;
			rows = ids.isEmpty() ? List.of()
					: months.of(ids, new MonthRange(YearMonth.parse(export.from()), YearMonth.parse(export.to())))
						.months()
						.stream()
						.map(ForumFiguresController::exportRow)
						.toList();
		}
		byte[] body = export.format().equals("csv") ? Exports.csv(header, rows) : Exports.xlsx("figures", header, rows);
		jdbc.sql("update analytics_export set body = :body, state = 'READY', ready_at = :now where id = :id")
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.param("id", export.id())
			.update();
	}

}
