package no.samtale.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The module's flow on both databases: the demo year shows the channel shift (office contacts fall after April,
 * phone queues peak, the digital share ends higher than it began, complaints about waiting follow the queues), and an
 * office logs a contact and registers a complaint that is answered through four eyes.
 */
@AlsoOnTheEmbeddedDatabase
class ChannelShiftDemoIntegrationTests extends IntegrationTest {

	@Test
	void theDemoYearShowsTheChannelShift() {
		YearMonth first = ContactsDemo.firstMonth(YearMonth.now(ZoneId.of("Europe/Oslo")));
		String range = "?from=" + first.atDay(1) + "&to=" + first.plusMonths(11).atEndOfMonth();
		JsonNode mix = api().asDemo("analytiker").get("/api/v1/contacts/channel-mix" + range).json();
		List<JsonNode> list = mix.path("months").valueStream().toList();
		assertThat(list.get(4).path("month").asString()).endsWith("-04");
		JsonNode before = list.get(3);
		JsonNode peak = list.get(5);
		JsonNode settled = list.get(10);
		assertThat(peak.path("office").asLong()).isLessThan(before.path("office").asLong());
		assertThat(peak.path("phone").asLong()).isGreaterThan(before.path("phone").asLong());
		assertThat(peak.path("waitMinutes").asDouble()).isGreaterThan(before.path("waitMinutes").asDouble() * 3);
		assertThat(settled.path("waitMinutes").asDouble()).isLessThan(peak.path("waitMinutes").asDouble());
		assertThat(mix.path("lastShare").asDouble()).isGreaterThan(mix.path("firstShare").asDouble() + 5);

		JsonNode complaints = api().asDemo("analytiker").get("/api/v1/complaints/figures" + range).json();
		String peakMonth = peak.path("month").asString();
		long waitingComplaints = complaints.path("byClassification").valueStream()
			.filter(r -> r.path("month").asString().equals(peakMonth) && r.path("key").asString().equals("WAIT_TIME"))
			.mapToLong(r -> r.path("complaints").asLong()).sum();
		assertThat(waitingComplaints).isGreaterThanOrEqualTo(5);
	}

	@Test
	void anOfficeLogsAContactAndAComplaintIsAnswered() {
		Api office = api().asDemo("ansatt");
		assertThat(office.post("/api/v1/contacts",
				"{\"topic\": \"sosialhjelp\", \"channel\": \"OFFICE\", \"outcome\": \"FOLLOW_UP\"}").status()).isEqualTo(201);
		long id = office.post("/api/v1/complaints",
				"{\"channel\": \"OFFICE\", \"topic\": \"sosialhjelp\", \"classification\": \"ACCESSIBILITY\", \"text\": \"Stengt.\"}")
			.json().path("id").asLong();
		api().asDemo("veileder1").post("/api/v1/complaints/" + id + "/response", "{\"response\": \"Vi har åpnet igjen.\"}");
		Api.Response answered = api().asDemo("veileder2").post("/api/v1/complaints/" + id + "/response/approve", "");
		assertThat(answered.json().path("status").asString()).as(answered.body()).isEqualTo("ANSWERED");
	}

}
