package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The guide's offices and opening hours as the editors' form sends them: an office added with its hours and
 * municipalities routes citizens there, and a bad office, municipality, postcode or opening hours is refused naming
 * its field with a rule code the form words, leaving no version behind.
 */
class GuideOfficesIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anOfficeAddedWithItsHoursAndMunicipalitiesIsWhereACitizenThereIsSent() {
		Api editor = api().asDemo("redaktor");
		ObjectNode document = document(editor);
		ArrayNode offices = (ArrayNode) document.path("offices");
		offices.add(office("NAV Vardø", "Kaigata 1, Vardø", "5634", "9950-9951"));

		Api.Response saved = editor.post("/api/v1/guide/versions", save(document));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		JsonNode stored = editor.get("/api/v1/guide/versions/" + saved.json().path("version").asLong()).json()
			.path("document").path("offices").get(offices.size() - 1);
		assertThat(stored.path("hours").path("days").valueStream().map(JsonNode::asString))
			.containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
		assertThat(stored.path("hours").path("closes").asString()).isEqualTo("14:30");

		Api.Response preview = editor.post("/api/v1/guide/preview", """
				{"document": %s, "topic": "pensjon", "municipality": "9951", "lang": "nb"}""".formatted(document));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		JsonNode office = preview.json().path("routes").valueStream()
			.filter(route -> route.path("channel").asString().equals("OFFICE"))
			.findFirst()
			.orElseThrow();
		assertThat(office.path("address").asString()).isEqualTo("Kaigata 1, Vardø");
		assertThat(office.path("openingHours").asString()).isEqualTo("mandag–fredag 09.00–14.30");
	}

	@Test
	void aBadOfficeMunicipalityPostcodeOrOpeningHoursIsRefusedNamingItsField() {
		Api editor = api().asDemo("redaktor");
		long before = editor.get("/api/v1/guide/versions").json().size();
		int last = document(editor).path("offices").size();

		refused(editor, office -> ((ObjectNode) office.path("municipalities").get(0)).put("number", "563"),
				"document.offices[" + last + "].municipalities[0].number", "MunicipalityNumber");
		refused(editor, office -> ((ArrayNode) office.path("municipalities").get(0).path("postcodes")).add("99"),
				"document.offices[" + last + "].municipalities[0].postcodes[1]", "PostcodeFormat");
		refused(editor, office -> ((ObjectNode) office.path("hours")).put("opens", "15:00"),
				"document.offices[" + last + "].hours.closes", "HoursCloseAfterOpen");
		refused(editor, office -> ((ObjectNode) office.path("hours")).putArray("days"),
				"document.offices[" + last + "].hours.days", "HoursNeedDays");
		refused(editor, office -> office.put("address", " "), "document.offices[" + last + "].address", "NotBlank");
		refused(editor, office -> office.putArray("municipalities"), "document.offices[" + last + "].municipalities",
				"NotEmpty");
		assertThat(editor.get("/api/v1/guide/versions").json().size()).as("nothing saved").isEqualTo(before);
	}

	private void refused(Api editor, java.util.function.Consumer<ObjectNode> spoil, String field, String code) {
		ObjectNode document = document(editor);
		ObjectNode office = office("NAV Båtsfjord", "Strandveien 2", "5632", "9990");
		spoil.accept(office);
		((ArrayNode) document.path("offices")).add(office);
		Api.Response refused = editor.post("/api/v1/guide/versions", save(document));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo(code);
	}

	private static ObjectNode office(String name, String address, String number, String postcodes) {
		ObjectNode office = JSON.createObjectNode();
		office.put("name", name);
		office.put("address", address);
		ObjectNode hours = office.putObject("hours");
		ArrayNode days = hours.putArray("days");
		for (String day : new String[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) {
			days.add(day);
		}
		hours.put("opens", "09:00");
		hours.put("closes", "14:30");
		ObjectNode municipality = office.putArray("municipalities").addObject();
		municipality.put("number", number);
		municipality.put("name", name.replace("NAV ", ""));
		municipality.putArray("postcodes").add(postcodes);
		return office;
	}

	private static ObjectNode document(Api editor) {
		long live = 0;
		for (JsonNode version : editor.get("/api/v1/guide/versions").json()) {
			if (version.path("live").asBoolean()) {
				live = version.path("version").asLong();
			}
		}
		return (ObjectNode) editor.get("/api/v1/guide/versions/" + live).json().path("document");
	}

	private static String save(ObjectNode document) {
		ObjectNode body = JSON.createObjectNode();
		body.set("document", document);
		body.put("note", "Kontorer");
		return body.toString();
	}

}
