package no.samtale.contacts.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.contacts.PhoneQueues;

/** The latest imported telephony day per line, read from the rows {@link TelephonyImport} keeps. */
@Component
class TelephonyLatest implements PhoneQueues {

	private final JdbcClient jdbc;

	TelephonyLatest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, LineWait> latestSince(LocalDate since) {
		Map<String, LineWait> latest = new LinkedHashMap<>();
		jdbc.sql("""
				select t.topic, t.call_day, t.calls, t.answered, t.average_wait_seconds
				from contacts_telephony_day t
				join (select topic, max(call_day) as last_day from contacts_telephony_day where call_day >= :since
				      group by topic) l on l.topic = t.topic and l.last_day = t.call_day
				order by t.topic
				""")
			.param("since", Date.valueOf(since))
			.query(rs -> {
				String line = rs.getString("topic");
				latest.put(line, new LineWait(line, rs.getDate("call_day").toLocalDate(), rs.getInt("calls"),
						rs.getInt("answered"), rs.getInt("average_wait_seconds")));
			});
		return latest;
	}

}
