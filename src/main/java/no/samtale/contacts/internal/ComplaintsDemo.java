package no.samtale.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.contacts.ContactChannel;
import no.samtale.identity.Users;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The demo's service complaints for {@link ContactsDemo}: few before April, many about phone queues and being sent
 * away from the office during the shift, then fewer, more about self-service. Older ones are answered through four
 * eyes (veileder1 writes, a partner of the team approves); most of the last month's wait for handling.
 */
@Component
class ComplaintsDemo {

	private static final Map<ComplaintClassification, List<String>> TEXTS = Map.of(
			ComplaintClassification.WAIT_TIME,
			List.of("Jeg ventet over førti minutter i telefonkøen og ble koblet av før noen svarte.",
					"Det tar for lang tid å komme gjennom på telefon. Jeg har prøvd tre dager på rad."),
			ComplaintClassification.ACCESSIBILITY,
			List.of("Jeg ble sendt hjem fra NAV-kontoret og bedt om å ringe, men jeg trenger tolk for å ringe.",
					"Kontoret hadde stengt publikumsmottaket, og ingen kunne hjelpe meg med søknaden."),
			ComplaintClassification.INFORMATION,
			List.of("Jeg fikk ulike svar på telefon og på nav.no om når pengene kommer.",
					"Informasjonen om dokumentasjonskrav var vanskelig å forstå."),
			ComplaintClassification.TREATMENT,
			List.of("Jeg følte meg ikke hørt da jeg forklarte situasjonen min i skranken.",
					"Veilederen var avvisende i chatten."),
			ComplaintClassification.DIGITAL_SERVICES,
			List.of("Søknaden på nav.no lot seg ikke sende inn, og jeg fikk ingen feilmelding.",
					"Jeg får ikke logget inn for å se saken min. Ring meg gjerne på 412 34 567."),
			ComplaintClassification.CASE_HANDLING, List.of("Saken min har ligget i over to måneder uten svar."),
			ComplaintClassification.OTHER, List.of("Brevet jeg fikk var sendt til feil adresse."));

	private final ComplaintStore store;

	private final Approvals approvals;

	private final Teams teams;

	private final Users users;

	private final TransactionTemplate transaction;

	ComplaintsDemo(ComplaintStore store, Approvals approvals, Teams teams, Users users,
			TransactionTemplate transaction) {
		this.store = store;
		this.approvals = approvals;
		this.teams = teams;
		this.users = users;
		this.transaction = transaction;
	}

	int seed(YearMonth first, YearMonth shift, Random random) {
		Long author = users.idOf("veileder1").orElse(null);
		Long registrar = users.idOf("ansatt").orElse(null);
		if (author == null || registrar == null || teams.teamIdsOf(author).isEmpty()) {
			return 0;
		}
		Team team = teams.get(teams.teamIdsOf(author).get(0));
		long partner = team.memberIds().stream().filter(id -> id != author.longValue()).findFirst().orElse(author);
		Long office = users.unitNamed("NAV Hamar").map(u -> u.id()).orElse(null);
		int[] count = { 0 };
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 12; i++) {
				YearMonth month = first.plusMonths(i);
				ChannelShift phase = ChannelShift.of(month, shift);
				int complaints = ContactsDemo.jitter(phase.complaints(), random);
				for (int n = 0; n < complaints; n++) {
					ComplaintClassification kind = classification(phase, random);
					ContactChannel channel = channel(kind, random);
					List<String> texts = TEXTS.get(kind);
					LocalDate received = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
					long id = store.insert(received, channel, topic(random), kind, texts.get(random.nextInt(texts.size())),
							office, received.plusDays(ComplaintRules.DAYS_TO_ANSWER), registrar, Instant.now());
					if (month.isBefore(first.plusMonths(11)) || random.nextInt(3) == 0) {
						answer(id, received, random, team.id(), author, partner);
					}
					count[0]++;
				}
			}
		});
		return count[0];
	}

	private void answer(long id, LocalDate received, Random random, long team, long author, long partner) {
		String text = "Takk for at du sa fra. Vi beklager opplevelsen og har tatt det opp med kontoret og "
				+ "kontaktsenteret. Trenger du hjelp til å ringe eller til å bruke nav.no, kan du få det på NAV-kontoret.";
		long approval = approvals.submit(SubjectKind.COMPLAINT, team, author, text, false);
		store.submitted(id, author, team, approval);
		if (partner == author) {
			return;
		}
		approvals.approve(approval, new Reviewer(partner, List.of(team)), null);
		// Most are answered within the three weeks; some during the peak are late.
		int days = 3 + random.nextInt(ComplaintRules.DAYS_TO_ANSWER + 6);
		store.answered(id, text, received.plusDays(days).atStartOfDay(ContactLog.OSLO).toInstant());
	}

	private static ComplaintClassification classification(ChannelShift phase, Random random) {
		int roll = random.nextInt(100);
		return switch (phase) {
			case SHIFT, PEAK -> roll < 50 ? ComplaintClassification.WAIT_TIME
					: roll < 75 ? ComplaintClassification.ACCESSIBILITY : roll < 90 ? ComplaintClassification.INFORMATION
							: ComplaintClassification.DIGITAL_SERVICES;
			case SETTLED, SUMMER -> roll < 20 ? ComplaintClassification.WAIT_TIME
					: roll < 50 ? ComplaintClassification.DIGITAL_SERVICES
							: roll < 70 ? ComplaintClassification.INFORMATION : roll < 85 ? ComplaintClassification.CASE_HANDLING
									: ComplaintClassification.TREATMENT;
			case BEFORE -> roll < 35 ? ComplaintClassification.TREATMENT
					: roll < 65 ? ComplaintClassification.CASE_HANDLING
							: roll < 85 ? ComplaintClassification.INFORMATION : ComplaintClassification.OTHER;
		};
	}

	private static ContactChannel channel(ComplaintClassification kind, Random random) {
		return switch (kind) {
			case WAIT_TIME -> ContactChannel.PHONE;
			case ACCESSIBILITY -> ContactChannel.OFFICE;
			case DIGITAL_SERVICES -> ContactChannel.SELF_SERVICE;
			case TREATMENT -> random.nextBoolean() ? ContactChannel.OFFICE : ContactChannel.CHAT;
			default -> ContactChannel.values()[random.nextInt(ContactChannel.values().length)];
		};
	}

	private static String topic(Random random) {
		return ContactTopics.KEYS.get(random.nextInt(ContactTopics.KEYS.size() - 1));
	}

}
