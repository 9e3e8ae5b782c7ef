package no.samtale.contacts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.analytics.InboxFigures;
import no.samtale.contacts.ContactChannel;
import no.samtale.contacts.internal.TelephonyImport.TelephonyMonth;

/**
 * Contacts per channel per month and the share handled digitally (self-service, chat, social), from the contact log
 * and the telephony system's answered calls, and the inbox's new conversations from analytics ({@link InboxFigures}):
 * web chat conversations count as chat, those on the social accounts (and blog comments) as social, and
 * {@code inboxChat}/{@code inboxSocial} say how much of those two came from the inbox rather than the log.
 */
@Service
class ChannelMix {

	/** The channels module's name of the web chat platform. */
	private static final String WEB_CHAT = "WEB_CHAT";

	private final JdbcClient jdbc;

	private final TelephonyImport telephony;

	private final InboxFigures inbox;

	ChannelMix(JdbcClient jdbc, TelephonyImport telephony, InboxFigures inbox) {
		this.jdbc = jdbc;
		this.telephony = telephony;
		this.inbox = inbox;
	}

	/**
	 * One month of the mix. {@code phone} holds logged phone contacts plus calls the contact centre answered;
	 * {@code digitalShare} is a percentage with one decimal, null in a month with no contacts.
	 */
	record ChannelMonth(String month, long selfService, long chat, long social, long phone, long office, long total,
			long digital, @Nullable Double digitalShare, long calls, long answered, @Nullable Double waitMinutes,
			long inboxChat, long inboxSocial) {
	}

	/** The mix of a period, with the digital share of its first and last month with contacts. */
	record ChannelMixView(LocalDate from, LocalDate to, List<ChannelMonth> months, @Nullable Double firstShare,
			@Nullable Double lastShare, long total) {
	}

	ChannelMixView of(MonthRange range) {
		Map<String, Map<ContactChannel, Long>> logged = new HashMap<>();
		jdbc.sql("""
				select contact_month, channel, count(*) as contacts from contacts_contact
				where contact_month between :first and :last group by contact_month, channel
				""")
			.param("first", range.firstMonth())
			.param("last", range.lastMonth())
			.query(rs -> {
				logged.computeIfAbsent(rs.getString("contact_month"), m -> new EnumMap<>(ContactChannel.class))
					.put(ContactChannel.valueOf(rs.getString("channel")), rs.getLong("contacts"));
			});
		Map<String, TelephonyMonth> calls = new HashMap<>();
		telephony.months(range).forEach(m -> calls.put(m.month(), m));
		Map<String, long[]> conversations = new HashMap<>();
		inbox.conversationsPerChannel(YearMonth.parse(range.firstMonth()), YearMonth.parse(range.lastMonth()))
			.forEach(c -> conversations.computeIfAbsent(c.month().toString(), m -> new long[2])[WEB_CHAT
				.equals(c.channel()) ? 0 : 1] += c.conversations());
		List<ChannelMonth> months = range.months()
			.stream()
			.map(month -> month(month, logged.get(month), calls.get(month),
					conversations.getOrDefault(month, new long[2])))
			.toList();
		List<ChannelMonth> counted = months.stream().filter(m -> m.total() > 0).toList();
		return new ChannelMixView(range.from(), range.to(), months,
				counted.isEmpty() ? null : counted.get(0).digitalShare(),
				counted.isEmpty() ? null : counted.get(counted.size() - 1).digitalShare(),
				months.stream().mapToLong(ChannelMonth::total).sum());
	}

	private static ChannelMonth month(String month, @Nullable Map<ContactChannel, Long> logged,
			@Nullable TelephonyMonth calls, long[] inboxConversations) {
		Map<ContactChannel, Long> counts = logged == null ? Map.of() : logged;
		long answered = calls == null ? 0 : calls.answered();
		long selfService = counts.getOrDefault(ContactChannel.SELF_SERVICE, 0L);
		long chat = counts.getOrDefault(ContactChannel.CHAT, 0L) + inboxConversations[0];
		long social = counts.getOrDefault(ContactChannel.SOCIAL, 0L) + inboxConversations[1];
		long phone = counts.getOrDefault(ContactChannel.PHONE, 0L) + answered;
		long office = counts.getOrDefault(ContactChannel.OFFICE, 0L);
		long digital = selfService + chat + social;
		long total = digital + phone + office;
		Double share = total == 0 ? null : Math.round(digital * 1000.0 / total) / 10.0;
		return new ChannelMonth(month, selfService, chat, social, phone, office, total, digital, share,
				calls == null ? 0 : calls.calls(), answered, calls == null ? null : calls.averageWaitMinutes(),
				inboxConversations[0], inboxConversations[1]);
	}

}
