package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Spaces;
import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.Users;

/**
 * In demo mode: a nettprat with {@code leder} next week with questions in every state ({@code moderator}
 * moderates, {@code fagperson} types for the leader), one held last month and archived with its figures, and a
 * dozen ideas in "Hjelpemidler – idéer og innovasjon". Runs after the forum's demo, which creates that space.
 */
@Component
@Order(40)
class EventsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EventsDemo.class);

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveQuestions questions;

	private final Ideas ideas;

	private final IdeaRows ideaRows;

	private final HearingsDemo hearings;

	private final LiveArchive archive;

	private final Spaces spaces;

	private final Users users;

	private final boolean demo;

	private final NettpratSearchFeed search;

	EventsDemo(JdbcClient jdbc, LiveEvents events, LiveQuestions questions, Ideas ideas, IdeaRows ideaRows,
			HearingsDemo hearings, LiveArchive archive, Spaces spaces, Users users, NettpratSearchFeed search,
			@Value("${samtale.demo}") boolean demo) {
		this.search = search;
		this.archive = archive;
		this.spaces = spaces;
		this.jdbc = jdbc;
		this.events = events;
		this.questions = questions;
		this.ideas = ideas;
		this.ideaRows = ideaRows;
		this.hearings = hearings;
		this.users = users;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("select count(*) from events_live").query(Long.class).single() > 0) {
			return;
		}
		comingNettprat();
		pastNettprat();
		int ideaCount = ideaBox();
		hearings.seed();
		log.info("Demo mode: created 2 nettprat events, a hearing and {} ideas", ideaCount);
	}

	private void comingNettprat() {
		LocalDate day = LocalDate.now(OSLO).plusDays(7);
		Instant starts = day.atTime(LocalTime.of(12, 0)).atZone(OSLO).toInstant();
		long event = events.schedule("Nettprat med direktøren: sykefraværsoppfølging i 2027",
				"Still spørsmål på forhånd eller mens nettpraten pågår. Kari Aasen svarer i en time.", starts,
				starts.plus(Duration.ofHours(1)), ids("leder"), ids("fagperson"), ids("moderator"), id("leder"));
		Instant asked = Instant.now().minus(Duration.ofHours(20));
		questions.insert(event, "Hvordan skal vi prioritere oppfølgingsplaner når saksmengden øker?", false, id("ansatt3"),
				LiveQuestionStatus.PENDING, asked);
		questions.insert(event, "Får vi flere ressurser til sykefraværsoppfølging neste år?", true, id("veileder2"),
				LiveQuestionStatus.PENDING, asked.plusSeconds(60));
		long approved = questions.insert(event, "Kommer det en ny veileder for gradert sykmelding?", false, id("ansatt2"),
				LiveQuestionStatus.APPROVED, asked.plusSeconds(120));
		long popular = questions.insert(event, "Hvorfor må vi fortsatt føre dialogmøter manuelt i to systemer?", true,
				id("veileder1"), LiveQuestionStatus.APPROVED, asked.plusSeconds(180));
		long merged = questions.insert(event, "Blir dobbeltføringen av dialogmøter fjernet snart?", false, id("veileder3"),
				LiveQuestionStatus.APPROVED, asked.plusSeconds(240));
		questions.insert(event, "Kan du si noe om lønnsoppgjøret for min enhet?", false, id("veileder4"),
				LiveQuestionStatus.PENDING, asked.plusSeconds(300));
		long answered = questions.insert(event, "Blir det mulig å jobbe hjemmefra to dager i uka?", false, id("ansatt"),
				LiveQuestionStatus.APPROVED, asked.plusSeconds(360));
		votes(approved, "ansatt", "veileder1");
		votes(popular, "ansatt", "ansatt2", "ansatt3", "veileder2");
		votes(merged, "veileder4", "ansatt");
		jdbc.sql("update events_question set votes = (select count(*) from events_question_vote v where v.question_id = events_question.id) where event_id = :e")
			.param("e", event)
			.update();
		mergeAndDecline(event, popular, merged);
		jdbc.sql("""
				update events_question set status = 'ANSWERED', answer = :answer, answered_by = :leader, typed_by = :helper,
				  answered_at = :at where id = :id
				""")
			.param("answer", "Ja, vi prøver ut to hjemmekontordager i uka fra mars, og evaluerer etter et halvår.")
			.param("leader", id("leder")).param("helper", id("fagperson"))
			.param("at", Timestamp.from(asked.plus(Duration.ofHours(2)))).param("id", answered)
			.update();
		search.changed(answered);
	}

	/** The demo's merge and decline, done the way moderators do them (votes follow into the other question). */
	private void mergeAndDecline(long event, long into, long merged) {
		jdbc.sql("""
				insert into events_question_vote (question_id, user_id)
				select :into, v.user_id from events_question_vote v where v.question_id = :from
				  and not exists (select 1 from events_question_vote w where w.question_id = :into and w.user_id = v.user_id)
				""").param("into", into).param("from", merged).update();
		jdbc.sql("delete from events_question_vote where question_id = :from").param("from", merged).update();
		jdbc.sql("update events_question set status = 'MERGED', merged_into = :into, votes = 0 where id = :id")
			.param("into", into)
			.param("id", merged)
			.update();
		jdbc.sql("update events_question set votes = (select count(*) from events_question_vote where question_id = :id) where id = :id")
			.param("id", into)
			.update();
		jdbc.sql("""
				update events_question set status = 'DECLINED',
				  decline_reason = 'Lønn for enkeltenheter avtales lokalt. Spør lederen din eller tillitsvalgte.'
				where event_id = :e and body like 'Kan du si noe om lønnsoppgjøret%'
				""").param("e", event).update();
	}

	private void pastNettprat() {
		LocalDate day = LocalDate.now(OSLO).minusMonths(1);
		Instant starts = day.atTime(LocalTime.of(13, 0)).atZone(OSLO).toInstant();
		long event = events.schedule("Nettprat: ny organisering av kontaktsentrene",
				"Spørsmål og svar om den nye organiseringen av NAV Kontaktsenter.", starts, starts.plus(Duration.ofHours(1)),
				ids("leder", "leder2"), List.of(), ids("moderator", "moderator2"), id("leder"));
		String[][] answeredOnes = {
				{ "veileder1", "Hva skjer med de lokale teamene i Hordaland?",
						"De blir værende, men får felles vaktlister med Oppland." },
				{ "veileder2", "Blir det nye åpningstider i chatten?", "Nei, åpningstidene er de samme ut året." },
				{ "ansatt", "Hvem er nærmeste leder etter omorganiseringen?",
						"Dere beholder nærmeste leder; det er ledernivået over som endres." } };
		int minute = 0;
		for (String[] qa : answeredOnes) {
			long q = questions.insert(event, qa[1], false, id(qa[0]), LiveQuestionStatus.ANSWERED,
					starts.plus(Duration.ofMinutes(minute += 5)));
			jdbc.sql("update events_question set answer = :a, answered_by = :l, answered_at = :at, votes = 3 where id = :id")
				.param("a", qa[2])
				.param("l", id("leder"))
				.param("at", Timestamp.from(starts.plus(Duration.ofMinutes(minute + 2))))
				.param("id", q)
				.update();
		}
		long open = questions.insert(event, "Hva skjer med kompetansepengene for 2027?", true, id("veileder3"),
				LiveQuestionStatus.APPROVED, starts.plus(Duration.ofMinutes(40)));
		jdbc.sql("update events_question set owner_id = :o, due_on = :due where id = :id")
			.param("o", id("leder2"))
			.param("due", LocalDate.now(OSLO).plusDays(7))
			.param("id", open)
			.update();
		questions.insert(event, "Kan vi få lønnstillegg for kveldsvakter?", false, id("veileder4"),
				LiveQuestionStatus.DECLINED, starts.plus(Duration.ofMinutes(45)));
		jdbc.sql("update events_question set decline_reason = 'Tas i lønnsforhandlingene, ikke i nettpraten.' where event_id = :e and status = 'DECLINED'")
			.param("e", event)
			.update();
		for (String viewer : List.of("ansatt", "ansatt2", "ansatt3", "veileder1", "veileder2", "veileder3", "veileder4",
				"veileder5", "fagperson", "redaktor")) {
			jdbc.sql("insert into events_live_viewer (event_id, user_id) values (:e, :u)").param("e", event).param("u", id(viewer)).update();
		}
		// Archived into the contact centres' topic, the way a moderator does it: a searchable forum discussion.
		spaces.ofKinds(List.of(no.samtale.dialogue.SpaceKind.values()))
			.stream()
			.filter(space -> space.name().equals("NAV Kontaktsenter"))
			.findFirst()
			.ifPresent(space -> archive.archive(event, space.id(), users.find(id("moderator")).orElseThrow()));
	}

	private int ideaBox() {
		long space = ideas.defaultSpace().id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		Object[][] demo = {
				{ "ansatt", "Vibrerende vekkerklokke som kan lånes ut raskt",
						"Mange brukere venter lenge på vekkerklokke med vibrasjon. Et lite lager på hvert sentral kunne løst det.",
						IdeaStatus.PLANNED, 9 },
				{ "veileder1", "Videoveiledning i bruk av nye hjelpemidler",
						"Korte filmer som viser hvordan de vanligste hjelpemidlene brukes, på flere språk.", IdeaStatus.ASSESSING, 7 },
				{ "ansatt2", "Gjenbruk av rullatorer på tvers av fylker",
						"Rullatorer som leveres tilbake i ett fylke kan sendes dit behovet er størst.", IdeaStatus.DONE, 12 },
				{ "ansatt3", "Digital søknad om hjelpemidler for kommunene",
						"Kommunene fyller i dag ut papirskjema; en digital søknad ville spart uker.", IdeaStatus.NEW, 5 },
				{ "veileder2", "Søknad om hjelpemidler digitalt fra kommunen",
						"Kan kommunene sende søknaden elektronisk i stedet for på papir?", IdeaStatus.NEW, 2 },
				{ "veileder3", "Lånebil med rampe til utprøving", "Brukere som vurderer bil med rampe kan prøve den en uke.",
						IdeaStatus.DECLINED, 3 },
				{ "fagperson", "Sjekkliste for hjemmebesøk", "En felles sjekkliste for ergoterapeuter ved hjemmebesøk.",
						IdeaStatus.PLANNED, 6 },
				{ "veileder4", "Chat med hjelpemiddelsentralen for kommunene",
						"Kommunens ergoterapeuter kan chatte direkte med sentralen om enkeltsaker.", IdeaStatus.ASSESSING, 4 },
				{ "veileder5", "Felles lager for tolkehjelpemidler", "Ett lager for tolkehjelpemidler i stedet for fem.",
						IdeaStatus.NEW, 1 },
				{ "ansatt", "Varsel på SMS når hjelpemiddelet er klart", "Brukeren får SMS når hjelpemiddelet kan hentes.",
						IdeaStatus.DONE, 8 },
				{ "redaktor", "Bilder av hjelpemidlene i søknadsskjemaet", "Det er lettere å velge riktig når man ser bildet.",
						IdeaStatus.NEW, 0 },
				{ "ansatt2", "Reparasjon hos lokal sykkelverksted", "Enkle reparasjoner av rullestoler kunne gjøres lokalt.",
						IdeaStatus.ASSESSING, 3 } };
		List<String> voters = List.of("ansatt", "ansatt2", "ansatt3", "veileder1", "veileder2", "veileder3", "veileder4",
				"veileder5", "fagperson", "redaktor", "moderator2", "leder2");
		long duplicate = 0;
		long original = 0;
		int day = demo.length;
		for (Object[] idea : demo) {
			long id = ideas.insert(space, (String) idea[1], (String) idea[2], id((String) idea[0]),
					now.minus(Duration.ofDays(day--)));
			int count = (Integer) idea[4];
			for (String voter : voters.subList(0, Math.min(count, voters.size()))) {
				jdbc.sql("insert into events_idea_vote (idea_id, user_id) values (:i, :u)").param("i", id).param("u", id(voter)).update();
			}
			jdbc.sql("update events_idea set votes = :v where id = :i").param("v", Math.min(count, voters.size())).param("i", id).update();
			IdeaStatus status = (IdeaStatus) idea[3];
			if (status != IdeaStatus.NEW) {
				ideaRows.record(id, status, id("moderator"), reason(status), null, id("moderator"), now.minus(Duration.ofDays(1)));
			}
			if (((String) idea[1]).startsWith("Digital søknad")) {
				original = id;
			}
			if (((String) idea[1]).startsWith("Søknad om hjelpemidler digitalt")) {
				duplicate = id;
			}
		}
		mergeIdeas(duplicate, original);
		return demo.length;
	}

	private void mergeIdeas(long duplicate, long original) {
		jdbc.sql("""
				insert into events_idea_vote (idea_id, user_id)
				select :into, v.user_id from events_idea_vote v where v.idea_id = :from
				  and not exists (select 1 from events_idea_vote w where w.idea_id = :into and w.user_id = v.user_id)
				""").param("into", original).param("from", duplicate).update();
		jdbc.sql("delete from events_idea_vote where idea_id = :from").param("from", duplicate).update();
		jdbc.sql("update events_idea set merged_into = :into, votes = 0 where id = :id").param("into", original).param("id", duplicate).update();
		jdbc.sql("update events_idea set votes = (select count(*) from events_idea_vote where idea_id = :id) where id = :id")
			.param("id", original)
			.update();
		String why = "Samme idé som «Digital søknad om hjelpemidler for kommunene»; stemmene er flyttet dit.";
		Instant now = Instant.now();
		ideaRows.record(duplicate, IdeaStatus.MERGED, null, why, original, id("moderator"), now);
		ideaRows.record(original, IdeaStatus.NEW, null, why, duplicate, id("moderator"), now);
	}

	private static String reason(IdeaStatus status) {
		return switch (status) {
			case ASSESSING -> "Hjelpemiddelsentralen i Innlandet ser på kostnader og nytte.";
			case PLANNED -> "Tas med i planen for neste halvår.";
			case DONE -> "Innført ved alle sentralene.";
			case DECLINED -> "For dyrt i forhold til hvor mange som ville brukt det.";
			default -> "Ny idé.";
		};
	}

	private void votes(long question, String... voters) {
		for (String voter : voters) {
			jdbc.sql("insert into events_question_vote (question_id, user_id) values (:q, :u)")
				.param("q", question)
				.param("u", id(voter))
				.update();
		}
	}

	private List<Long> ids(String... usernames) {
		return List.of(usernames).stream().map(this::id).toList();
	}

	private long id(String username) {
		return users.idOf(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

}
