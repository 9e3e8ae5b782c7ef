package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The idea box: one vote per person, open votes returned when an idea closes, reasons required, merges keep votes. */
class IdeasIntegrationTests extends IntegrationTest {

	@Test
	void anIdeaTakesOneVotePerPersonAndAClosedIdeaGivesItsVotesBack() {
		long space = space();
		long idea = submit("ansatt", space, "Lånebil med heis " + System.nanoTime());
		Api voter = api().asDemo("veileder5");
		int left = voter.get("/api/v1/ideas").json().path("openVotesLeft").asInt();
		Api.Response first = voter.post("/api/v1/ideas/" + idea + "/votes", "");
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("openVotesLeft").asInt()).isEqualTo(left - 1);
		Api.Response second = voter.post("/api/v1/ideas/" + idea + "/votes", "");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("urn:samtale:problem:already-voted");

		Api moderator = api().asDemo("moderator");
		assertThat(moderator.post("/api/v1/ideas/" + idea + "/status", "{\"status\": \"DONE\"}").status()).isEqualTo(400);
		assertThat(voter.post("/api/v1/ideas/" + idea + "/status", "{\"status\": \"DONE\", \"reason\": \"Ja\"}").status())
			.isEqualTo(403);
		long owner = no.samtale.support.ForumSteps.userId(api().asDemo("admin"), "fagperson");
		Api.Response done = moderator.post("/api/v1/ideas/" + idea + "/status",
				"{\"status\": \"DONE\", \"ownerId\": %d, \"reason\": \"Innført i hele landet.\"}".formatted(owner));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().path("owner").path("name").asString()).isEqualTo("Per Kristian Moen");
		assertThat(done.json().path("history").get(0).path("reason").asString()).isEqualTo("Innført i hele landet.");
		assertThat(voter.get("/api/v1/ideas").json().path("openVotesLeft").asInt()).isEqualTo(left);
		assertThat(api().asDemo("ansatt3").post("/api/v1/ideas/" + idea + "/votes", "").status()).isEqualTo(409);
	}

	@Test
	void mergingMovesTheVotesAndKeepsWhereTheIdeaCameFrom() {
		long space = space();
		long into = submit("ansatt", space, "Tolkehjelpemidler på ett lager " + System.nanoTime());
		long duplicate = submit("ansatt2", space, "Ett lager for tolkehjelpemidler " + System.nanoTime());
		api().asDemo("veileder1").post("/api/v1/ideas/" + into + "/votes", "");
		api().asDemo("veileder1").post("/api/v1/ideas/" + duplicate + "/votes", "");
		api().asDemo("veileder2").post("/api/v1/ideas/" + duplicate + "/votes", "");

		Api moderator = api().asDemo("moderator");
		assertThat(moderator.post("/api/v1/ideas/" + into + "/merge", "{\"intoId\": " + into + "}").status()).isEqualTo(400);
		assertThat(moderator.post("/api/v1/ideas/" + duplicate + "/merge", "{\"intoId\": " + into + "}").status())
			.isEqualTo(200);

		JsonNode target = moderator.get("/api/v1/ideas/" + into).json();
		assertThat(target.path("votes").asInt()).isEqualTo(2);
		assertThat(target.path("mergedFrom").get(0).path("id").asLong()).isEqualTo(duplicate);
		JsonNode source = moderator.get("/api/v1/ideas/" + duplicate).json();
		assertThat(source.path("status").asString()).isEqualTo("MERGED");
		assertThat(source.path("mergedIntoId").asLong()).isEqualTo(into);
		assertThat(source.path("history").get(0).path("otherIdeaId").asLong()).isEqualTo(into);
	}

	@Test
	void duplicatesAreSuggestedWhileTypingAndIdentityNumbersAreRefused() {
		long space = space();
		String marker = "Gangstolkrykkeskjerm" + System.nanoTime() % 100000;
		long idea = submit("ansatt", space, marker + " for eldre");
		JsonNode similar = api().asDemo("ansatt2").get("/api/v1/ideas/similar?spaceId=" + space + "&q=" + marker).json();
		assertThat(similar.valueStream().map(s -> s.path("id").asLong())).contains(idea);
		Api.Response refused = api().asDemo("ansatt").post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"Sak 15088510140\", \"body\": \"Se saken.\"}".formatted(space));
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(api().asDemo("ansatt").post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"\", \"body\": \"Tom tittel.\"}".formatted(space)).status()).isEqualTo(400);
	}

	private long space() {
		return api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
	}

	private long submit(String user, long space, String title) {
		Api.Response created = api().asDemo(user).post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"%s\", \"body\": \"En beskrivelse.\"}".formatted(space, title));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

}
