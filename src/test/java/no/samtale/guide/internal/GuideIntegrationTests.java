package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.GuideUsage;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The public guide over real HTTP on the demo guide: routes best first without login or cookie, needs that send a
 * citizen to people, offices by municipality or postcode, bad input named, and use counted with nothing about who.
 */
class GuideIntegrationTests extends IntegrationTest {

	@Autowired
	GuideUsage usage;

	@Test
	void aTopicIsAnsweredWithoutLoginOrCookieSelfServiceFirst() {
		Api.Response answer = api().get("/api/v1/public/guide?topic=foreldrepenger&lang=nb");

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.header("Set-Cookie")).isNull();
		assertThat(channels(answer.json())).containsExactly("SELF_SERVICE", "CHAT", "SOCIAL", "PHONE", "OFFICE");
		JsonNode chat = answer.json().path("routes").get(1);
		assertThat(chat.path("url").asString()).startsWith("/chat/");
		assertThat(chat.path("openingHours").asString()).isNotBlank();
		JsonNode phone = answer.json().path("routes").get(3);
		assertThat(phone.path("phone").asString()).isEqualTo("55 55 33 33");
		assertThat(phone.path("openingHours").asString()).isEqualTo("mandag–fredag 09.00–15.00");
		assertThat(phone.path("waitMinutes").isNull()).as("no recent telephony figures for the line").isTrue();
	}

	@Test
	void anInterpreterOrACrisisSendsTheCitizenToPeopleNeverToAQueue() {
		JsonNode interpreter = api().get("/api/v1/public/guide?topic=dagpenger&need=interpreter&lang=en").json();
		assertThat(channels(interpreter)).containsExactly("PHONE", "OFFICE");
		assertThat(interpreter.path("advice").asString()).contains("National Register of Interpreters");
		assertThat(interpreter.path("routes").get(0).path("title").asString()).contains("interpreter");

		JsonNode crisis = api().get("/api/v1/public/guide?topic=sosialhjelp&need=crisis&municipality=Hamar").json();
		assertThat(channels(crisis)).containsExactly("OFFICE", "PHONE");
		assertThat(crisis.path("routes").get(0).path("address").asString()).contains("2317 Hamar");
		assertThat(crisis.path("routes").get(1).path("phone").asString()).isEqualTo("113");
		crisis.path("routes").forEach(route -> assertThat(route.path("waitMinutes").isNull()).isTrue());
	}

	@Test
	void theOfficeIsFoundByMunicipalityNameNumberOrPostcode() {
		for (String place : List.of("Tromsø", "5501", "9008", "karlsøy", "9131")) {
			JsonNode answer = api().get("/api/v1/public/guide?topic=arbeid&need=digital-help&municipality=" + encode(place)).json();
			assertThat(answer.path("office").asString()).as(place).isEqualTo("NAV Tromsø");
			assertThat(answer.path("routes").get(0).path("address").asString()).contains("Fredrik Langes gate 19");
		}
	}

	@Test
	void anUnknownTopicNeedMunicipalityOrLanguageIsA400NamingIt() {
		assertNamed("/api/v1/public/guide?topic=ingen-slikt-tema", "topic");
		assertNamed("/api/v1/public/guide?need=crisis", "topic");
		assertNamed("/api/v1/public/guide?topic=pensjon&need=flying", "need");
		assertNamed("/api/v1/public/guide?topic=pensjon&municipality=Atlantis", "municipality");
		assertNamed("/api/v1/public/guide?topic=pensjon&municipality=9999", "municipality");
		assertNamed("/api/v1/public/guide?topic=pensjon&lang=de", "lang");
		assertNamed("/api/v1/public/guide?topic=pensjon&tema=x", "tema");
	}

	@Test
	void useIsCountedPerTopicNeedAndChannelWithoutCookies() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		long routedBefore = count(today, "hjelpemidler", "crisis", GuideChannel.OFFICE, true);
		long chosenBefore = count(today, "hjelpemidler", "crisis", GuideChannel.PHONE, false);

		api().get("/api/v1/public/guide?topic=hjelpemidler&need=crisis");
		api().getAny("/veiviser?topic=hjelpemidler&need=crisis&municipality=0271");
		Api.Response onward = api().getAny("/veiviser/videre?topic=hjelpemidler&need=crisis&channel=PHONE&lang=nb");

		assertThat(onward.status()).isEqualTo(303);
		assertThat(onward.location()).isEqualTo("tel:113");
		assertThat(onward.header("Set-Cookie")).isNull();
		assertThat(count(today, "hjelpemidler", "crisis", GuideChannel.OFFICE, true)).isEqualTo(routedBefore + 2);
		assertThat(count(today, "hjelpemidler", "crisis", GuideChannel.PHONE, false)).isEqualTo(chosenBefore + 1);
	}

	@Test
	void aChosenRouteLeadsOnlyWhereTheGuideSays() {
		Api.Response selfService = api().getAny("/veiviser/videre?topic=pensjon&channel=SELF_SERVICE&lang=nn");
		assertThat(selfService.location()).isEqualTo("https://www.nav.no/alderspensjon");
		Api.Response nonsense = api().getAny("/veiviser/videre?topic=pensjon&channel=TELEPORT&lang=nn");
		assertThat(nonsense.status()).isEqualTo(303);
		assertThat(nonsense.location()).isEqualTo("/veiviser?lang=nn&topic=pensjon");
	}

	private long count(LocalDate day, String topic, String need, GuideChannel channel, boolean routed) {
		return usage.between(day, day).stream()
			.filter(c -> c.topic().equals(topic) && need.equals(c.need()) && c.channel() == channel)
			.mapToLong(c -> routed ? c.routed() : c.chosen())
			.sum();
	}

	private void assertNamed(String path, String field) {
		Api.Response answer = api().get(path);
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().path("errors").get(0).path("field").asString()).as(path).isEqualTo(field);
	}

	static List<String> channels(JsonNode answer) {
		List<String> channels = new ArrayList<>();
		answer.path("routes").forEach(route -> channels.add(route.path("channel").asString()));
		return channels;
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
