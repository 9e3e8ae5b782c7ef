package no.samtale.publishing.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;

/**
 * The editorial calendar: posts by Norwegian calendar day, and each account's daily target (how many posts a day it
 * should have), so the days under it stand out. Cancelled and rejected posts do not count towards a target.
 */
@Component
class Calendar {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** One account on one day: how many posts count, and whether that is fewer than its target. */
	record DayCount(LocalDate date, long accountId, int posts, int target, boolean underTarget) {
	}

	private final JdbcClient jdbc;

	Calendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Integer> targets(Collection<Long> accountIds) {
		Map<Long, Integer> targets = new HashMap<>();
		if (accountIds.isEmpty()) {
			return targets;
		}
		jdbc.sql("select account_id, daily_target from publishing_daily_target where account_id in (:ids)")
			.param("ids", accountIds)
			.query((rs, n) -> targets.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return targets;
	}

	@Transactional
	void setTarget(long accountId, int target) {
		jdbc.sql("delete from publishing_daily_target where account_id = :id").param("id", accountId).update();
		if (target > 0) {
			jdbc.sql("insert into publishing_daily_target (account_id, daily_target) values (:id, :target)")
				.param("id", accountId)
				.param("target", target)
				.update();
		}
	}

	/** Every day from {@code from} to {@code to} for each account with a target. */
	static List<DayCount> days(LocalDate from, LocalDate to, Map<Long, Integer> targets, List<Post> posts) {
		Map<String, Integer> counts = new HashMap<>();
		for (Post post : posts) {
			if (post.status() != PostStatus.CANCELLED && post.status() != PostStatus.REJECTED) {
				counts.merge(post.accountId() + "@" + post.publishAt().atZone(OSLO).toLocalDate(), 1, Integer::sum);
			}
		}
		List<DayCount> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (Map.Entry<Long, Integer> target : targets.entrySet()) {
				int count = counts.getOrDefault(target.getKey() + "@" + day, 0);
				days.add(new DayCount(day, target.getKey(), count, target.getValue(), count < target.getValue()));
			}
		}
		return days;
	}

}
