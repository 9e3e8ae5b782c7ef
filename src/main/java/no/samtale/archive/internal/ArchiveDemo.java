package no.samtale.archive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.Users;

/**
 * In demo mode: last month's journal, so an extract of last month can be made at once. Three private conversations
 * about people's own cases and an escalation with the directorate's answer, all opened and closed inside last
 * month. They were journaled before the demo started, so they carry no source item (negative source ids); the
 * demo's own conversations are journaled live when they close.
 */
@Component
@Order(60)
class ArchiveDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ArchiveDemo.class);

	private final JdbcClient jdbc;

	private final Journal journal;

	private final JournalRules rules;

	private final RecordStore store;

	private final Users users;

	private final boolean demo;

	ArchiveDemo(JdbcClient jdbc, Journal journal, JournalRules rules, RecordStore store, Users users,
			@Value("${samtale.demo}") boolean demo) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.rules = rules;
		this.store = store;
		this.users = users;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("select count(*) from archive_record where source_id < 0").query(Long.class).single() > 0) {
			return;
		}
		LocalDate first = LocalDate.now(Xml.ZONE).withDayOfMonth(1).minusMonths(1);
		String advisor = name("veileder1");
		String advisor2 = name("veileder2");
		conversation(-1, first, 3, "Foreldrepenger – når kommer utbetalingen?", "Sigrid Bakke", "demo-arkiv-1",
				"FACEBOOK", advisor, List.of(
						"Hei! Jeg søkte om foreldrepenger for tre uker siden. Når kan jeg vente utbetaling?",
						"Hei Sigrid, søknaden din er under behandling. Du får svar innen to uker, og utbetalingen kommer "
								+ "den 25. i måneden etter vedtaket.",
						"Takk! Må jeg sende inn noe mer?",
						"Nei, vi har det vi trenger. Du får beskjed på nav.no hvis noe mangler."), true);
		conversation(-2, first, 8, "Dagpenger – meldekortet kom for sent", "Tobias Lien", "demo-arkiv-2", "FACEBOOK",
				advisor2, List.of("Jeg leverte meldekortet én dag for sent. Mister jeg dagpengene?",
						"Hei Tobias. Når meldekortet kommer inntil én uke for sent, blir utbetalingen forsinket, men du "
								+ "mister ikke retten. Send det inn så snart du kan."), false);
		conversation(-3, first, 14, "Sykepenger – egenmelding for barn", "Amina Yusuf", "demo-arkiv-3", "INSTAGRAM",
				advisor, List.of("Hvor mange egenmeldingsdager har jeg når barnet er sykt?",
						"Hei Amina. Du har rett til ti omsorgsdager i året, femten med mer enn to barn. Arbeidsgiveren "
								+ "din betaler de første ti.",
						"Supert, takk for raskt svar!"), false);
		escalation(first, 18, advisor2);
		log.info("Demo mode: journaled 4 case folders in {}", first.getMonth());
	}

	private void conversation(long sourceId, LocalDate first, int day, String title, String person, String personId,
			String platform, String advisor, List<String> messages, boolean journaledWhileOpen) {
		Instant opened = at(first, day, 9, 12);
		List<CaseFolder.Entry> entries = new ArrayList<>();
		Long lastIncoming = null;
		for (int i = 0; i < messages.size(); i++) {
			boolean incoming = i % 2 == 0;
			long messageId = -(sourceId * -100 + i);
			entries.add(new CaseFolder.Entry(incoming ? "I" : "U", incoming ? person : advisor, messageId,
					platform.toLowerCase() + "-demo-" + messageId, incoming ? null : lastIncoming, messages.get(i),
					opened.plusSeconds(3600L * i)));
			lastIncoming = incoming ? messageId : lastIncoming;
		}
		Instant closed = opened.plusSeconds(3600L * messages.size() + 86400);
		CaseFolder folder = new CaseFolder(SourceKind.CONVERSATION, sourceId, title, "NAV Kontaktsenter Hordaland",
				advisor, person, personId, platform, opened, closed, entries,
				Map.of("conversationId", sourceId, "private", true, "status", "CLOSED"));
		RecordStore.StoredRecord stored = journal.storeNew(folder, rules.of(SourceKind.CONVERSATION), advisor, closed)
			.orElseThrow();
		if (journaledWhileOpen) {
			store.change(stored.id(), "avsluttetDato", null, Xml.dateTime(closed), advisor, closed);
		}
	}

	private void escalation(LocalDate first, int day, String moderator) {
		Instant raised = at(first, day, 10, 5);
		Instant answered = raised.plusSeconds(2 * 86400);
		String expert = name("fagperson");
		List<CaseFolder.Entry> entries = List.of(
				new CaseFolder.Entry("U", moderator, -401, null, null,
						"Gjelder fedrekvoten når adopsjonen skjer etter at barnet har fylt tre år? Kontorene praktiserer "
								+ "dette ulikt.", raised),
				new CaseFolder.Entry("I", expert, -402, null, -401L,
						"Ja. Kvoten gjelder ved adopsjon av barn under 15 år, regnet fra omsorgsovertakelsen. Vi "
								+ "oppdaterer rundskrivet.", answered));
		CaseFolder folder = new CaseFolder(SourceKind.ESCALATION, -4, "Fedrekvote ved adopsjon av eldre barn",
				"Ytelsesavdelingen – regelverk", moderator, "Ytelsesavdelingen – regelverk", null, null, raised, answered,
				entries, Map.of("escalationId", -4, "state", "ANSWERED"));
		journal.storeNew(folder, rules.of(SourceKind.ESCALATION), moderator, answered);
	}

	private static Instant at(LocalDate first, int day, int hour, int minute) {
		return first.plusDays(day - 1).atTime(LocalTime.of(hour, minute)).atZone(Xml.ZONE).toInstant();
	}

	private String name(String username) {
		return users.idOf(username).flatMap(users::find).map(user -> user.name()).orElse(username);
	}

}
