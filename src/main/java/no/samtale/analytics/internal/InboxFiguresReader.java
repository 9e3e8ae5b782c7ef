package no.samtale.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.analytics.InboxFigures;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;

/** {@link InboxFigures} read from the metrics store. */
@Component
class InboxFiguresReader implements InboxFigures {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ReplyFacts replies;

	private final InboxWords words;

	InboxFiguresReader(JdbcClient jdbc, Accounts accounts, ReplyFacts replies, InboxWords words) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.replies = replies;
		this.words = words;
	}

	@Override
	public TeamInbox team(long teamId, LocalDate from, LocalDate to) {
		long conversations = jdbc.sql("""
				select count(*) from analytics_conversation_fact
				where team_id = :team and opened_day between :from and :to
				""")
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.single();
		List<Long> accountIds = accounts.ofTeams(List.of(teamId)).stream().map(Account::id).toList();
		long[] received = { 0, 0 };
		if (!accountIds.isEmpty()) {
			jdbc.sql("""
					select coalesce(sum(comments), 0) as comments, coalesce(sum(private_messages), 0) as private_messages
					from analytics_account_day where account_id in (:accounts) and metric_day between :from and :to
					""")
				.param("accounts", accountIds)
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.query(rs -> {
					received[0] = rs.getLong("comments");
					received[1] = rs.getLong("private_messages");
				});
		}
		ReplyFacts.Service service = replies.of(teamId, from, to);
		Integer within = service.measured() == 0 ? null
				: (int) Math.round(100.0 * service.withinTarget() / service.measured());
		return new TeamInbox(teamId, from, to, conversations, received[0], received[1], service.replies(),
				service.firstResponseP50(), service.firstResponseP90(), within);
	}

	@Override
	public List<RisingTopic> risingTopics(long teamId, LocalDate monday, int limit) {
		return words.rising(teamId, InboxWords.monday(monday), Math.max(1, Math.min(limit, 50)))
			.stream()
			.map(r -> new RisingTopic(r.word(), r.conversations(), r.weekBefore()))
			.toList();
	}

	@Override
	public List<ChannelConversations> conversationsPerChannel(YearMonth first, YearMonth last) {
		Map<Long, Account> byId = accounts.all().stream().collect(Collectors.toMap(Account::id, Function.identity()));
		Map<YearMonth, Map<String, Long>> counts = new TreeMap<>();
		jdbc.sql("""
				select account_id, extract(year from opened_day) as y, extract(month from opened_day) as m,
				    count(*) as conversations
				from analytics_conversation_fact where account_id is not null and opened_day between :from and :to
				group by account_id, extract(year from opened_day), extract(month from opened_day)
				""")
			.param("from", Date.valueOf(first.atDay(1)))
			.param("to", Date.valueOf(last.atEndOfMonth()))
			.query(rs -> {
				Account account = byId.get(rs.getLong("account_id"));
				if (account != null) {
					counts.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), m -> new TreeMap<>())
						.merge(account.platform().name(), rs.getLong("conversations"), Long::sum);
				}
			});
		List<ChannelConversations> months = new ArrayList<>();
		counts.forEach((month, channels) -> channels
			.forEach((channel, conversations) -> months.add(new ChannelConversations(month, channel, conversations))));
		return months;
	}

}
