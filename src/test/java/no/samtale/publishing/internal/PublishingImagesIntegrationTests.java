package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Images on posts: uploaded with alt text for an account's team, checked by content, shrunk, and attached to a post,
 * so an Instagram post can go through approval; and video links. Each refusal names its field and stores nothing.
 */
@AlsoOnTheEmbeddedDatabase
class PublishingImagesIntegrationTests extends IntegrationTest {

	@Test
	void anImageIsShrunkToItsLongestEdgeAndServedToTheTeamWithItsAltText() throws Exception {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "INSTAGRAM", "IG " + TestText.unique());

		Api.Response uploaded = PostImageUploads.upload(api(), "redaktor",
				PostImageUploads.fields(account, "  Et barn i barnehagen  "), "stor.png",
				PostImageUploads.picture(3000, 1500, "png"));

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		JsonNode image = uploaded.json();
		assertThat(image.path("width").asInt()).isEqualTo(2048);
		assertThat(image.path("height").asInt()).isEqualTo(1024);
		assertThat(image.path("altText").asString()).isEqualTo("Et barn i barnehagen");
		assertThat(image.path("contentType").asString()).isEqualTo("image/png");
		HttpResponse<byte[]> content = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(api().base() + image.path("url").asString()))
					.header("Authorization", "Bearer demo-token-redaktor2").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(content.statusCode()).isEqualTo(200);
		assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(content.body()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(content.body().length).isEqualTo(image.path("sizeBytes").asInt());
		assertThat(api().asDemo("veileder4").get("/api/v1/publishing/images/" + image.path("id").asLong()).status())
			.as("not an editor").isEqualTo(403);

		Api.Response jpeg = PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Et kart"),
				"kart.jpg", PostImageUploads.picture(400, 300, "jpeg"));
		assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
		assertThat(jpeg.json().path("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(jpeg.json().path("width").asInt()).as("a small image keeps its size").isEqualTo(400);
		Api.Response gif = PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "En figur"),
				"figur.gif", PostImageUploads.picture(50, 50, "gif"));
		assertThat(gif.status()).as(gif.body()).isEqualTo(201);
		assertThat(gif.json().path("contentType").asString()).isEqualTo("image/png");
	}

	@Test
	void anUploadWithoutAltTextOrThatIsNotAnImageIsRefusedNamingTheField() throws Exception {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "INSTAGRAM", "IG " + TestText.unique());
		byte[] png = PostImageUploads.picture(100, 100, "png");
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 \0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
		byte[] truncated = java.util.Arrays.copyOf(png, 40);

		Map<String, Api.Response> refused = new java.util.LinkedHashMap<>();
		refused.put("altText", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, null), "a.png", png));
		refused.put("altText ", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "   "), "a.png", png));
		refused.put("image", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Alt"), "a.png", script));
		refused.put("image ", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Alt"), "a.webp", webp));
		refused.put("image  ", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Alt"), "a.png", truncated));
		refused.put("image   ", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Alt"), "a.png", null));
		refused.put("accountId", PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(-1, "Alt"), "a.png", png));

		refused.forEach((field, response) -> {
			assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
			assertThat(response.json().path("field").asString()).as(response.body()).isEqualTo(field.strip());
		});
		Api.Response identityNumber = PostImageUploads.upload(api(), "redaktor",
				PostImageUploads.fields(account, "Skjema for 150885 10140"), "a.png", png);
		assertThat(identityNumber.status()).as(identityNumber.body()).isEqualTo(422);
		assertThat(identityNumber.json().path("field").asString()).isEqualTo("altText");
	}

	@Test
	void anInstagramPostNeedsAnImageAndWithOneGoesThroughApprovalAndIsPublished() throws Exception {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "INSTAGRAM", "IG " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		long withoutImage = redaktor.post("/api/v1/publishing/posts",
				post(account, "Uten bilde", Instant.now().plusSeconds(3600), null, null)).json().path("id").asLong();
		Api.Response refused = redaktor.post("/api/v1/publishing/posts/" + withoutImage + "/submit", "");
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:post-needs-image");
		assertThat(refused.json().path("field").asString()).isEqualTo("image");

		long image = PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, "Familie på tur"),
				"tur.jpg", PostImageUploads.picture(1080, 1080, "jpeg")).json().path("id").asLong();
		Api.Response created = redaktor.post("/api/v1/publishing/posts",
				post(account, "Sommerferie og foreldrepenger", Instant.now().plusSeconds(3), image,
						"https://www.youtube.com/watch?v=abc"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("image").path("altText").asString()).isEqualTo("Familie på tur");
		assertThat(created.json().path("videoLink").asString()).isEqualTo("https://www.youtube.com/watch?v=abc");
		long id = created.json().path("id").asLong();
		Api.Response submitted = redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "").status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "PUBLISHED".equals(redaktor.get("/api/v1/publishing/posts/" + id).json().path("status").asString()));
	}

	@Test
	void aPostNamingAnUnknownImageOrABadVideoLinkIsRefusedAndNothingIsStored() throws Exception {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		String text = "Ingen halvskrevne innlegg " + TestText.unique();

		Api.Response unknownImage = redaktor.post("/api/v1/publishing/posts",
				post(account, text, Instant.now().plusSeconds(3600), 999_999_999L, null));
		Api.Response script = redaktor.post("/api/v1/publishing/posts",
				post(account, text, Instant.now().plusSeconds(3600), null, "javascript:alert(1)"));
		Api.Response noHost = redaktor.post("/api/v1/publishing/posts",
				post(account, text, Instant.now().plusSeconds(3600), null, "https://"));

		assertThat(unknownImage.status()).as(unknownImage.body()).isEqualTo(400);
		assertThat(unknownImage.json().path("field").asString()).isEqualTo("imageId");
		assertThat(script.status()).isEqualTo(400);
		assertThat(script.json().path("field").asString()).isEqualTo("videoLink");
		assertThat(noHost.json().path("field").asString()).isEqualTo("videoLink");
		Api.Response calendar = redaktor.get("/api/v1/publishing/calendar?from=" + java.time.LocalDate.now()
				+ "&to=" + java.time.LocalDate.now().plusDays(2) + "&accountId=" + account);
		assertThat(calendar.json().path("posts").size()).as("nothing half-written").isZero();
	}

	private static String post(long account, String text, Instant at, Long imageId, String videoLink) {
		return """
				{"accountId": %d, "text": "%s", "publishAt": "%s", "imageId": %s, "videoLink": %s}
				""".formatted(account, text, at, imageId == null ? "null" : imageId.toString(),
				videoLink == null ? "null" : "\"" + videoLink + "\"");
	}

}
