package no.samtale.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * A post with an image reaches Meta as a photo post (WireMock Graph API): a Facebook page's through
 * {@code /{page}/photos}, an Instagram account's as a media container and {@code media_publish}. Meta fetches the
 * image from Samtale's public address, which serves it only once the post is approved.
 */
class PublishingPhotoPostsIntegrationTests extends IntegrationTest {

	private static final String PUBLIC_URL = "https://samtale.test";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFacebookPostWithAnImageIsAPhotoPostWhoseImageMetaFetchesFromThePublicAddress() throws Exception {
		String page = "8700000000087";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Foto " + TestText.unique(), page,
				"photo-token");
		answers("/" + page + "/photos", "{\"id\":\"photo-7\",\"post_id\":\"" + page + "_7\"}");
		long image = upload(account, "Mor og barn i parken");
		long draftImage = upload(account, "Ikke godkjent ennå");
		long draft = create(account, "Et utkast med bilde", Instant.now().plus(Duration.ofDays(1)), draftImage);

		long id = create(account, "Sommer og foreldrepenger", Instant.now().plusSeconds(3), image);
		approve(id);
		await().atMost(Duration.ofSeconds(40))
			.until(() -> "PUBLISHED".equals(get(id).path("status").asString()));

		assertThat(get(id).path("externalId").asString()).as("the post, not the photo").isEqualTo(page + "_7");
		Map<String, String> form = form(GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + page + "/photos"))).get(0)
			.getBodyAsString());
		assertThat(form).containsEntry("caption", "Sommer og foreldrepenger")
			.containsEntry("alt_text_custom", "Mor og barn i parken");
		assertThat(form.get("url")).startsWith(PUBLIC_URL + "/api/v1/public/publishing/images/");
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));

		HttpResponse<byte[]> fetched = fetch(form.get("url").substring(PUBLIC_URL.length()));
		assertThat(fetched.statusCode()).as("anyone (Meta) may fetch it, with no login").isEqualTo(200);
		assertThat(fetched.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		String draftToken = jdbc.sql("select public_token from publishing_image where id = :id").param("id", draftImage)
			.query(String.class).single();
		assertThat(fetch("/api/v1/public/publishing/images/" + draftToken).statusCode())
			.as("the image of a post not approved is not out in the open").isEqualTo(404);
		assertThat(fetch("/api/v1/public/publishing/images/not-a-token").statusCode()).isEqualTo(404);
		assertThat(get(draft).path("image").path("id").asLong()).isEqualTo(draftImage);
	}

	@Test
	void anInstagramPostIsAContainerThenPublishedOnce() throws Exception {
		String ig = "17841400000000088";
		long account = PublishingTestAccounts.instagramAccount(api().asDemo("admin"), "Insta " + TestText.unique(), ig,
				"ig-token");
		answers("/" + ig + "/media", "{\"id\":\"container-88\"}");
		answers("/" + ig + "/media_publish", "{\"id\":\"ig-media-88\"}");
		long image = upload(account, "Barnehagestart: en sekk med navnelapp");

		long id = create(account, "Barnehagestart i august #foreldrepenger", Instant.now().plusSeconds(3), image);
		approve(id);
		await().atMost(Duration.ofSeconds(40))
			.until(() -> "PUBLISHED".equals(get(id).path("status").asString()));

		assertThat(get(id).path("externalId").asString()).isEqualTo("ig-media-88");
		Map<String, String> container = form(GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + ig + "/media")))
			.get(0).getBodyAsString());
		assertThat(container).containsEntry("caption", "Barnehagestart i august #foreldrepenger")
			.containsEntry("alt_text", "Barnehagestart: en sekk med navnelapp");
		assertThat(container.get("image_url")).startsWith(PUBLIC_URL + "/api/v1/public/publishing/images/");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + ig + "/media_publish")));
		assertThat(form(GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + ig + "/media_publish"))).get(0)
			.getBodyAsString())).containsEntry("creation_id", "container-88");
	}

	private long upload(long account, String altText) throws Exception {
		Api.Response uploaded = PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, altText),
				"bilde.jpg", PostImageUploads.picture(1200, 800, "jpeg"));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().path("id").asLong();
	}

	private long create(long account, String text, Instant at, long image) {
		Api.Response created = api().asDemo("redaktor").post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "%s", "publishAt": "%s", "imageId": %d}""".formatted(account, text, at, image));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private void approve(long id) {
		Api.Response submitted = api().asDemo("redaktor").post("/api/v1/publishing/posts/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
	}

	private JsonNode get(long id) {
		return api().asDemo("redaktor").get("/api/v1/publishing/posts/" + id).json();
	}

	private HttpResponse<byte[]> fetch(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void answers(String path, String body) {
		GRAPH.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody(body)));
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
