package no.samtale.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The contact log over real HTTP: a contact logged in one request shows in the month's figures by channel, office
 * and topic; a note with an identity number, an unknown topic or an office not one's own is refused naming the field.
 */
class ContactLogIntegrationTests extends IntegrationTest {

	private static final String THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Oslo")).toString();

	@Test
	void aLoggedContactCountsInTheMonthByChannelOfficeAndTopic() {
		Api office = api().asDemo("ansatt");
		long before = count(office, "topic", "kontantstotte");
		Api.Response logged = office.post("/api/v1/contacts",
				"{\"topic\": \"kontantstotte\", \"channel\": \"OFFICE\", \"outcome\": \"HELPED_TO_SELF_SERVICE\"}");
		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		assertThat(logged.json().path("month").asString()).isEqualTo(THIS_MONTH);
		assertThat(count(office, "topic", "kontantstotte")).isEqualTo(before + 1);

		JsonNode byOffice = office.get("/api/v1/contacts/figures?by=office").json();
		assertThat(byOffice.path("rows").valueStream()
			.filter(r -> r.path("month").asString().equals(THIS_MONTH))
			.map(r -> r.path("label").asString())).contains("NAV Hamar");
		JsonNode byChannel = office.get("/api/v1/contacts/figures").json();
		assertThat(byChannel.path("by").asString()).isEqualTo("channel");
		assertThat(byChannel.path("months").size()).isEqualTo(12);
	}

	@Test
	void aNoteWithAnIdentityNumberIsRefusedNamingTheFieldAndNothingIsStored() {
		Api office = api().asDemo("ansatt2");
		long before = count(office, "topic", "hjelpemidler");
		Api.Response refused = office.post("/api/v1/contacts", """
				{"topic": "hjelpemidler", "channel": "OFFICE", "outcome": "FOLLOW_UP", "note": "Gjelder 15088510140"}
				""");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("note");
		assertThat(count(office, "topic", "hjelpemidler")).isEqualTo(before);
	}

	@Test
	void unknownTopicsChannelsGroupingsAndOtherOfficesAreRefused() {
		Api office = api().asDemo("ansatt");
		Api.Response topic = office.post("/api/v1/contacts",
				"{\"topic\": \"romfart\", \"channel\": \"OFFICE\", \"outcome\": \"REFERRED\"}");
		assertThat(topic.status()).isEqualTo(400);
		assertThat(topic.json().path("errors").get(0).path("field").asString()).isEqualTo("topic");
		assertThat(office.post("/api/v1/contacts", "{\"topic\": \"arbeid\", \"channel\": \"FAX\", \"outcome\": \"REFERRED\"}")
			.status()).isEqualTo(400);
		Api.Response by = office.get("/api/v1/contacts/figures?by=weekday");
		assertThat(by.status()).isEqualTo(400);
		assertThat(by.json().path("errors").get(0).path("field").asString()).isEqualTo("by");
		assertThat(office.get("/api/v1/contacts/figures?from=2026-05-01&to=2026-01-01").status()).isEqualTo(400);

		long centre = api().asDemo("veileder1").get("/api/v1/contacts/choices").json().path("office").path("id").asLong();
		assertThat(office.post("/api/v1/contacts", """
				{"topic": "arbeid", "channel": "PHONE", "outcome": "REFERRED", "unitId": %d}
				""".formatted(centre)).status()).isEqualTo(403);
		assertThat(api().asDemo("admin").post("/api/v1/contacts", """
				{"topic": "arbeid", "channel": "PHONE", "outcome": "REFERRED", "unitId": %d}
				""".formatted(centre)).status()).isEqualTo(201);
		Api.Response noOffice = api().asDemo("admin").post("/api/v1/contacts",
				"{\"topic\": \"arbeid\", \"channel\": \"PHONE\", \"outcome\": \"REFERRED\"}");
		assertThat(noOffice.status()).as("the admin's own unit is a department").isEqualTo(400);
		assertThat(noOffice.json().path("errors").get(0).path("field").asString()).isEqualTo("unitId");
		assertThat(office.post("/api/v1/contacts", """
				{"topic": "arbeid", "channel": "OFFICE", "outcome": "REFERRED", "occurredAt": "%s"}
				""".formatted(LocalDate.now().plusDays(2) + "T10:00:00Z")).status()).isEqualTo(400);
	}

	private static long count(Api api, String by, String key) {
		return api.get("/api/v1/contacts/figures?by=" + by)
			.json()
			.path("rows")
			.valueStream()
			.filter(r -> r.path("month").asString().equals(THIS_MONTH) && r.path("key").asString().equals(key))
			.mapToLong(r -> r.path("contacts").asLong())
			.sum();
	}

}
