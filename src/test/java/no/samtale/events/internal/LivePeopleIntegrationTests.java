package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The scheduling form's people: a unit's people by name, for leaders and administrators only. */
class LivePeopleIntegrationTests extends IntegrationTest {

	@Test
	void aLeaderReadsAUnitsPeopleByNameAndOthersMayNot() {
		Api leader = api().asDemo("leder");
		long unit = 0;
		for (JsonNode u : leader.get("/api/v1/units").json()) {
			if (u.path("name").asString().equals("NAV Kontaktsenter Hordaland")) {
				unit = u.path("id").asLong();
			}
		}

		Api.Response people = leader.get("/api/v1/events/live/people?unitId=" + unit);

		assertThat(people.status()).as(people.body()).isEqualTo(200);
		assertThat(people.json().findValuesAsString("name")).contains("Ingrid Solheim", "Ola Bergstrøm")
			.isSorted()
			.doesNotContain("Sverre Haugland");
		assertThat(people.body()).doesNotContain("Z9900").doesNotContain("veileder1");
		assertThat(api().asDemo("ansatt").get("/api/v1/events/live/people?unitId=" + unit).status()).isEqualTo(403);
		assertThat(leader.get("/api/v1/events/live/people").status()).isEqualTo(400);
	}

}
