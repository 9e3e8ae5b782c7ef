package no.samtale.contacts.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.contacts.ContactChannel;
import no.samtale.contacts.internal.TelephonyImport.TelephonyMonth;

/**
 * Contacts per channel per month and the share handled digitally (self-service, chat, social), from the contact log
 * and the telephony system's answered calls. The analytics module exposes no per-channel volume of the inbox's
 * conversations, so those are not counted here; the chat and social figures are what staff logged.
 */
@Service
class ChannelMix {

	private final JdbcClient jdbc;

	private final TelephonyImport telephony;

	ChannelMix(JdbcClient jdbc, TelephonyImport telephony) {
		this.jdbc = jdbc;
		this.telephony = telephony;
	}

	/**
	 * One month of the mix. {@code phone} holds logged phone contacts plus calls the contact centre answered;
	 * {@code digitalShare} is a percentage with one decimal, null in a month with no contacts.
	 */
	record ChannelMonth(String month, long selfService, long chat, long social, long phone, long office, long total,
			long digital, @Nullable Double digitalShare, long calls, long answered, @Nullable Double waitMinutes) {
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
		List<ChannelMonth> months = range.months().stream().map(month -> month(month, logged.get(month), calls.get(month))).toList();
		List<ChannelMonth> counted = months.stream().filter(m -> m.total() > 0).toList();
		return new ChannelMixView(range.from(), range.to(), months,
				counted.isEmpty() ? null : counted.get(0).digitalShare(),
				counted.isEmpty() ? null : counted.get(counted.size() - 1).digitalShare(),
				months.stream().mapToLong(ChannelMonth::total).sum());
	}

	private static ChannelMonth month(String month, @Nullable Map<ContactChannel, Long> logged,
			@Nullable TelephonyMonth calls) {
		Map<ContactChannel, Long> counts = logged == null ? Map.of() : logged;
		long answered = calls == null ? 0 : calls.answered();
		long selfService = counts.getOrDefault(ContactChannel.SELF_SERVICE, 0L);
		long chat = counts.getOrDefault(ContactChannel.CHAT, 0L);
		long social = counts.getOrDefault(ContactChannel.SOCIAL, 0L);
		long phone = counts.getOrDefault(ContactChannel.PHONE, 0L) + answered;
		long office = counts.getOrDefault(ContactChannel.OFFICE, 0L);
		long digital = selfService + chat + social;
		long total = digital + phone + office;
		Double share = total == 0 ? null : Math.round(digital * 1000.0 / total) / 10.0;
		return new ChannelMonth(month, selfService, chat, social, phone, office, total, digital, share,
				calls == null ? 0 : calls.calls(), answered, calls == null ? null : calls.averageWaitMinutes());
	}

}
