package no.samtale.contacts.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.contacts.ContactChannel;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;

/**
 * In demo mode, a year of contact log and telephony figures that shows the channel shift of {@link ChannelShift}:
 * twelve months around the latest April (see {@link #shiftStart}), NAV Hamar logging walk-ins and the contact centres logging calls, chats and
 * social answers. Written once, on an empty log; the same seed gives the same year on every machine.
 */
@Component
@Order(50)
class ContactsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContactsDemo.class);

	static final List<String> PHONE_LINES = List.of("foreldrepenger", "sykepenger", "dagpenger", "pensjon", "arbeid");

	private final boolean demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Users users;

	private final ComplaintsDemo complaints;

	ContactsDemo(@Value("${samtale.demo:false}") boolean demo, JdbcTemplate jdbc, TransactionTemplate transaction,
			Users users, ComplaintsDemo complaints) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.users = users;
		this.complaints = complaints;
	}

	/**
	 * The April the demo's shift starts in: the latest with seven months after it before this month, so the year
	 * shown always has four months before the shift and the queues' peak and settling after it.
	 */
	static YearMonth shiftStart(YearMonth thisMonth) {
		YearMonth april = YearMonth.of(thisMonth.getYear(), Month.APRIL);
		return april.plusMonths(7).isBefore(thisMonth) ? april : april.minusYears(1);
	}

	/** The first of the demo's twelve months. */
	static YearMonth firstMonth(YearMonth thisMonth) {
		return shiftStart(thisMonth).minusMonths(4);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer already = jdbc.queryForObject("select count(*) from contacts_contact", Integer.class);
		if (!demo || already == null || already > 0) {
			return;
		}
		List<Long> office = users.unitNamed("NAV Hamar").map(Unit::id).stream().toList();
		List<Long> centres = new ArrayList<>();
		users.unitNamed("NAV Kontaktsenter Hordaland").ifPresent(u -> centres.add(u.id()));
		users.unitNamed("NAV Kontaktsenter Oppland").ifPresent(u -> centres.add(u.id()));
		long recorder = users.idOf("ansatt").orElse(1L);
		if (office.isEmpty() || centres.isEmpty()) {
			return;
		}
		YearMonth thisMonth = YearMonth.now(ContactLog.OSLO);
		YearMonth first = firstMonth(thisMonth);
		YearMonth shift = shiftStart(thisMonth);
		Random random = new Random(20170403L);
		int[] rows = { 0, 0 };
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 12; i++) {
				YearMonth month = first.plusMonths(i);
				ChannelShift phase = ChannelShift.of(month, shift);
				rows[0] += contacts(month, phase, random, office.get(0), centres, recorder);
				rows[1] += telephony(month, phase, random, recorder);
			}
		});
		int complaintCount = complaints.seed(first, shift, random);
		log.info("Demo: {} logged contacts, {} telephony days and {} complaints over a year", rows[0], rows[1],
				complaintCount);
	}

	private int contacts(YearMonth month, ChannelShift phase, Random random, long office, List<Long> centres,
			long recorder) {
		List<Object[]> batch = new ArrayList<>();
		for (ContactChannel channel : ContactChannel.values()) {
			int count = jitter(phase.logged(channel), random);
			for (int n = 0; n < count; n++) {
				LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
				Timestamp at = Timestamp.from(day.atTime(8 + random.nextInt(8), random.nextInt(60))
					.atZone(ContactLog.OSLO)
					.toInstant());
				boolean atOffice = channel == ContactChannel.OFFICE
						|| channel == ContactChannel.SELF_SERVICE && random.nextInt(3) == 0;
				long unit = atOffice ? office : centres.get(random.nextInt(centres.size()));
				String topic = ContactTopics.KEYS.get(random.nextInt(ContactTopics.KEYS.size() - 1));
				batch.add(new Object[] { at, month.toString(), unit, topic, channel.name(), outcome(phase, random),
						recorder });
			}
		}
		jdbc.batchUpdate("""
				insert into contacts_contact (occurred_at, contact_month, unit_id, topic, channel, outcome, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""", batch);
		return batch.size();
	}

	private int telephony(YearMonth month, ChannelShift phase, Random random, long recorder) {
		List<Object[]> batch = new ArrayList<>();
		Timestamp now = new Timestamp(System.currentTimeMillis());
		int[] calls = phase.calls();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate day = month.atDay(d);
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (String line : PHONE_LINES) {
				int in = jitter(calls[0], random);
				int answered = Math.min(in, jitter(calls[1], random));
				batch.add(new Object[] { Date.valueOf(day), line, in, answered, jitter(calls[2], random), recorder, now });
			}
		}
		jdbc.batchUpdate("""
				insert into contacts_telephony_day (call_day, topic, calls, answered, average_wait_seconds, imported_by,
				    imported_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""", batch);
		return batch.size();
	}

	private static String outcome(ChannelShift phase, Random random) {
		int roll = random.nextInt(100);
		int[] shares = phase.outcomes();
		if (roll < shares[0]) {
			return ContactOutcome.HELPED_TO_SELF_SERVICE.name();
		}
		return roll < shares[0] + shares[1] ? ContactOutcome.REFERRED.name() : ContactOutcome.FOLLOW_UP.name();
	}

	/** The figure give or take a tenth, so the months do not look drawn with a ruler. */
	static int jitter(int figure, Random random) {
		return Math.max(0, figure + (int) Math.round(figure * (random.nextDouble() - 0.5) / 5));
	}

}
