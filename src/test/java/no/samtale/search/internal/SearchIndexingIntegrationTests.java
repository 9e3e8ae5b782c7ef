package no.samtale.search.internal;

import static no.samtale.support.ForumSteps.ask;
import static no.samtale.search.internal.Searching.encode;
import static no.samtale.support.ForumSteps.reply;
import static no.samtale.search.internal.Searching.searchIds;
import static no.samtale.search.internal.Searching.similarIds;
import static no.samtale.search.internal.Searching.onceIndexed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/** The index follows the forum through module events, and only shows what the reader may read. */
@AlsoOnTheEmbeddedDatabase
class SearchIndexingIntegrationTests extends IntegrationTest {

	private Api ansatt() {
		return api().asDemo("ansatt");
	}

	@Test
	void aNewQuestionIsFoundWithinASecondByOtherWordsForTheSameThing() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long asked = ask(ansatt(), space, "Kvilepulsmåler og arbeidsavklaringspenger",
				"Får jeg arbeidsavklaringspenger mens jeg tester kvilepulsmåleren på jobb?");

		onceIndexed(() -> assertThat(similarIds(ansatt(), "aap og kvilepulsmåler")).contains(asked));
		assertThat(searchIds(ansatt(), "q=" + encode("kvilepulsmaaler"))).contains(asked);
	}

	@Test
	void editsRemovalsAndVerifiedAnswersReachTheIndex() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long asked = ask(ansatt(), space, "Spørsmål om trampolinetilskudd", "Finnes det trampolinetilskudd?");
		long answer = reply(api().asDemo("fagperson"), asked, "Nei, men sjekk hjelpemiddelsentralens fjellgeitordning.");
		onceIndexed(() -> assertThat(searchIds(ansatt(), "q=fjellgeitordning")).contains(asked));

		api().asDemo("fagperson").put("/api/v1/messages/" + answer, "{\"body\": \"Se heller snøskuterordningen.\"}");
		onceIndexed(() -> {
			assertThat(searchIds(ansatt(), "q=fjellgeitordning")).doesNotContain(asked);
			assertThat(searchIds(ansatt(), "q=snøskuterordningen")).contains(asked);
		});

		api().asDemo("moderator").post("/api/v1/discussions/" + asked + "/verified-answer", "{\"messageId\": " + answer + "}");
		onceIndexed(() -> assertThat(searchIds(ansatt(), "verified=true&q=snøskuterordningen")).contains(asked));

		api().asDemo("moderator").post("/api/v1/messages/" + answer + "/removal", "{\"reason\": \"Feil svar\"}");
		onceIndexed(() -> assertThat(searchIds(ansatt(), "q=snøskuterordningen")).doesNotContain(asked));
	}

	@Test
	void nobodySeesAHitFromAClosedGroupTheyAreNotIn() {
		Api admin = api().asDemo("admin");
		long group = admin.post("/api/v1/spaces", """
				{"kind": "GROUP", "name": "Lukket søkegruppe %d", "membership": "CLOSED"}""".formatted(System.nanoTime()))
			.json().path("id").asLong();
		long moderator = ForumSteps.userId(admin, "moderator2");
		admin.put("/api/v1/spaces/" + group + "/staff", "{\"moderatorIds\": [" + moderator + "], \"expertIds\": []}");
		long secret = ask(api().asDemo("moderator2"), group, "Hemmelig pilotprosjekt",
				"Vi prøver ut kvantesjiraffveiledning i lukket gruppe.");

		onceIndexed(() -> assertThat(searchIds(api().asDemo("moderator2"), "q=kvantesjiraffveiledning")).contains(secret));
		assertThat(searchIds(ansatt(), "q=kvantesjiraffveiledning")).isEmpty();
		assertThat(similarIds(ansatt(), "kvantesjiraffveiledning")).isEmpty();
		assertThat(searchIds(ansatt(), "space=" + group + "&q=kvantesjiraffveiledning")).isEmpty();
	}

	@Test
	void backOfficeNotesAreNotSearchable() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long asked = ask(ansatt(), space, "Spørsmål om ferie", "Når kommer feriepengene?");
		api().asDemo("fagperson").post("/api/v1/discussions/" + asked + "/back-office", "{\"body\": \"Internt: pelikanregelen gjelder\"}");
		reply(api().asDemo("fagperson"), asked, "I juni.");

		onceIndexed(() -> assertThat(searchIds(ansatt(), "q=" + encode("feriepengene juni"))).contains(asked));
		assertThat(searchIds(ansatt(), "q=pelikanregelen")).doesNotContain(asked);
		assertThat(searchIds(api().asDemo("fagperson"), "q=pelikanregelen")).doesNotContain(asked);
	}

	@Test
	void anAdministratorRebuildsTheIndexFromTheDatabase() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long asked = ask(ansatt(), space, "Ombygging av indeksen", "Finnes sebrastripetrygd fortsatt etter ombygging?");
		onceIndexed(() -> assertThat(searchIds(ansatt(), "q=sebrastripetrygd")).contains(asked));

		assertThat(ansatt().post("/api/v1/admin/search/rebuild", null).status()).isEqualTo(403);
		Api.Response started = api().asDemo("admin").post("/api/v1/admin/search/rebuild", null);
		assertThat(started.status()).as(started.body()).isIn(202, 409);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode status = api().asDemo("admin").get("/api/v1/admin/search").json();
			assertThat(status.path("rebuilding").asBoolean()).isFalse();
			assertThat(status.path("lastRebuild").path("documents").asLong()).isPositive();
		});
		assertThat(searchIds(ansatt(), "q=sebrastripetrygd")).contains(asked);
	}

}
