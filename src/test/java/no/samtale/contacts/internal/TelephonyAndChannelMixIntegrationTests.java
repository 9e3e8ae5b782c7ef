package no.samtale.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Telephony figures imported by CSV all or nothing, with every fault named by line and column; the channel mix
 * counts the answered calls as phone contacts, shows the digital share and exports as CSV and XLSX.
 */
class TelephonyAndChannelMixIntegrationTests extends IntegrationTest {

	/** A day this month, so the import lands in the default range; the test's own topic keeps it apart. */
	private static final LocalDate DAY = LocalDate.now(ZoneId.of("Europe/Oslo")).withDayOfMonth(1);

	@Test
	void aFileWithFaultsNamesEveryLineAndColumnAndStoresNothing() {
		Api analyst = api().asDemo("analytiker");
		long before = answeredThisMonth(analyst);
		String csv = """
				date;topic;calls;answered;average_wait_seconds
				%s;barnetrygd;40;38;120
				%s;barnetrygd;mange;38;120
				2026-13-01;barnetrygd;40;38;120
				%s;romfart;40;41;120
				""".formatted(DAY, DAY, DAY);
		Api.Response refused = analyst.send("POST", "/api/v1/contacts/telephony", "text/csv", csv);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:telephony-csv");
		JsonNode errors = refused.json().path("errors");
		assertThat(errors.valueStream().map(e -> e.path("line").asInt() + ":" + e.path("column").asString()))
			.contains("3:calls", "4:date", "5:topic");
		assertThat(errors.valueStream().map(e -> e.path("field").asString() + "=" + e.path("code").asString()))
			.contains("lines[3].calls=number", "lines[4].date=date", "lines[5].topic=topic");
		assertThat(answeredThisMonth(analyst)).isEqualTo(before);

		Api.Response header = analyst.send("POST", "/api/v1/contacts/telephony", "text/csv", "dato,tema\n");
		assertThat(header.status()).isEqualTo(400);
		assertThat(header.json().path("errors").get(0).path("line").asInt()).isEqualTo(1);
	}

	@Test
	void answeredCallsCountAsPhoneContactsAndAnImportAgainReplacesTheDay() {
		Api analyst = api().asDemo("analytiker");
		long before = answeredThisMonth(analyst);
		String csv = "date,topic,calls,answered,average_wait_seconds\n" + DAY + ",annet,50,45,600\n";
		Api.Response imported = analyst.send("POST", "/api/v1/contacts/telephony", "text/csv", csv);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().path("rows").asInt()).isEqualTo(1);
		assertThat(answeredThisMonth(analyst)).isEqualTo(before + 45);
		analyst.send("POST", "/api/v1/contacts/telephony", "text/csv", csv.replace(",45,", ",40,"));
		assertThat(answeredThisMonth(analyst)).isEqualTo(before + 40);

		assertThat(api().asDemo("ansatt").send("POST", "/api/v1/contacts/telephony", "text/csv", csv).status())
			.isEqualTo(403);
		assertThat(api().asDemo("ansatt").get("/api/v1/contacts/channel-mix").status()).isEqualTo(403);
	}

	@Test
	void theMixHasADigitalShareAndExportsAsCsvAndXlsx() {
		Api leader = api().asDemo("leder");
		JsonNode mix = leader.get("/api/v1/contacts/channel-mix").json();
		assertThat(mix.path("months").size()).isEqualTo(12);
		JsonNode month = mix.path("months").get(0);
		long digital = month.path("selfService").asLong() + month.path("chat").asLong() + month.path("social").asLong();
		assertThat(month.path("digital").asLong()).isEqualTo(digital);
		assertThat(month.path("total").asLong())
			.isEqualTo(digital + month.path("phone").asLong() + month.path("office").asLong());

		Api.Response csv = leader.get("/api/v1/contacts/channel-mix/export?format=csv");
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("month,self_service,chat,social,phone,office,total,digital");
		assertThat(csv.body().lines().count()).isEqualTo(13);
		Api.Response xlsx = leader.get("/api/v1/contacts/channel-mix/export?format=xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
		assertThat(xlsx.body()).startsWith("PK");
		assertThat(leader.get("/api/v1/contacts/channel-mix/export?format=pdf").status()).isEqualTo(400);
	}

	private static long answeredThisMonth(Api api) {
		JsonNode months = api.get("/api/v1/contacts/channel-mix").json().path("months");
		return months.get(months.size() - 1).path("answered").asLong();
	}

}
