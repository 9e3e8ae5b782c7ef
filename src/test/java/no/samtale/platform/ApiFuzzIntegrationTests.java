package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * Random and mutated bodies (jqwik's generators) against the API's JSON parsers and Meta's webhook, a bounded
 * number per endpoint: never a 5xx, and a refused request leaves nothing behind. The properties of the parsers
 * alone run without the server in StrictJsonPropertyTests and WebhookSignaturePropertyTests.
 */
class ApiFuzzIntegrationTests extends IntegrationTest {

	private static final int TRIES = 150;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	private JdbcClient jdbc;

	@Test
	void mutatedQuestionsAreAnsweredWithoutAServerErrorAndRefusedOnesStoreNothing() {
		Api employee = api().asDemo("ansatt");
		long space = ForumSteps.space(employee, "Sykefraværsoppfølging");
		String valid = "{\"title\": \"Fuzz om sykepenger\", \"body\": \"Hvordan regnes *dager*?\", \"question\": true}";
		int accepted = 0;
		long before = discussions();
		for (String body : mutations(valid).sampleStream().limit(TRIES).toList()) {
			Api.Response response = employee.post("/api/v1/spaces/" + space + "/discussions", body);
			assertThat(response.status()).as("%s -> %s", body, response.body()).isLessThan(500);
			assertThat(response.isProblem() || response.status() < 300).as(body).isTrue();
			accepted += response.status() == 201 ? 1 : 0;
		}
		assertThat(discussions() - before).as("one discussion per 201, none per refusal").isEqualTo(accepted);
	}

	@Test
	void mutatedBodiesToPublicAndAdminParsersNeverGiveAServerError() {
		List<Target> targets = List.of(
				new Target(api(), "POST", "/api/v1/privacy/scan", "{\"text\": \"fnr 01017012345 og 22334455\"}"),
				new Target(api().asDemo("personvern"), "PUT", "/api/v1/privacy/retention/CHAT_TRANSCRIPTS",
						"{\"months\": null, \"action\": \"DELETE\"}"),
				// A unit that does not exist: the body is read, nothing can be changed.
				new Target(api().asDemo("admin"), "PUT", "/api/v1/admin/units/999999999",
						"{\"name\": \"Fuzz\", \"kind\": \"OFFICE\", \"parentId\": null}"),
				new Target(api().asDemo("ansatt"), "POST", "/api/v1/me/tokens", "{\"name\": \"fuzz\", \"expiresInDays\": 1}"));
		for (Target target : targets) {
			for (String body : mutations(target.valid()).sampleStream().limit(TRIES / 2).toList()) {
				Api.Response response = target.api().send(target.method(), target.path(), "application/json", body);
				assertThat(response.status()).as("%s %s %s -> %s", target.method(), target.path(), body, response.body())
					.isLessThan(500);
			}
		}
	}

	@Test
	void signedAndUnsignedWebhookDeliveriesOfAnyShapeNeverGiveAServerError() throws Exception {
		String valid = """
				{"object": "page", "entry": [{"id": "999000111", "time": 1700000000, "changes": [{"field": "feed",
				"value": {"item": "comment", "verb": "add", "comment_id": "1_2", "post_id": "1_3", "message": "Hei",
				"from": {"id": "55", "name": "Ola"}, "created_time": 1700000000}}]}]}""";
		Random random = new Random(7);
		// Raw NUL bytes included: a signed delivery is taken whatever it holds, and never fails its group commit.
		for (String body : mutations(valid).sampleStream().limit(TRIES).toList()) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			boolean signed = random.nextInt(4) > 0;
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api().base() + "/webhooks/meta"))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", signed ? signature(bytes) : "sha256=" + Integer.toHexString(body.hashCode()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("%s -> %s", body, response.body()).isLessThan(500);
			assertThat(response.statusCode()).as(body).isEqualTo(signed ? 200 : 401);
		}
	}

	private record Target(Api api, String method, String path, String valid) {
	}

	/** Valid JSON with pieces cut out, doubled, swapped for JSON tokens, poison characters and odd values. */
	static Arbitrary<String> mutations(String valid) {
		Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length());
		Arbitrary<String> piece = Arbitraries.oneOf(
				Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "\\udfff", "null",
						"true", "-1", "1e999", "99999999999999999999", "\"\"", "{}", "[]", "\u202e", "\u0000",
						"\"title\": 1", "\"title\": null", "\"body\": [\"x\"]", "\"x\": {\"y\": [1, {\"z\": null}]}"),
				Arbitraries.strings().all().ofMaxLength(8), Arbitraries.strings().withCharRange('0', '9').ofLength(11));
		return Combinators.combine(position, position, piece)
			.as((from, to, text) -> valid.substring(0, Math.min(from, to)) + text + valid.substring(Math.max(from, to)));
	}

	private long discussions() {
		return jdbc.sql("select count(*) from dialogue_discussion").query(Long.class).single();
	}

	private static String signature(byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(META_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
	}

}
