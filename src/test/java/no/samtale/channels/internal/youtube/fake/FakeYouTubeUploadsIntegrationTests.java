package no.samtale.channels.internal.youtube.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.internal.youtube.YouTubeTestVideos;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The demo's fake YouTube takes a video as Google does (a session started with the metadata, then the file to the
 * address in Location), lists it first among the channel's uploads, and deletes it; without a demo token it answers
 * 401. This is what the real connector calls when the demo runs without a Google app.
 */
class FakeYouTubeUploadsIntegrationTests extends IntegrationTest {

	private static final String BASE = "/demo-platforms/youtube";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aVideoIsTakenInTwoStepsListedAmongTheUploadsAndDeleted() throws Exception {
		String token = "Bearer demo-access-" + TestText.unique();
		String title = "Demo " + TestText.unique();
		byte[] file = YouTubeTestVideos.mp4(600 * 1024);

		HttpResponse<String> started = http.send(request(BASE + "/upload/v3/videos?uploadType=resumable", token)
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"snippet\":{\"title\":\"" + title + "\"},"
					+ "\"status\":{\"privacyStatus\":\"private\",\"publishAt\":\"2030-01-01T10:00:00Z\"}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		String session = started.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> finished = http.send(request(session, token).header("Content-Type", "video/mp4")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(finished.statusCode()).as("a file over the 512 KB JSON limit: " + finished.body()).isEqualTo(200);
		JsonNode video = json.readTree(finished.body());
		String id = video.path("id").asString();
		assertThat(id).hasSize(11);
		assertThat(video.path("status").path("publishAt").asString()).isEqualTo("2030-01-01T10:00:00Z");
		JsonNode uploads = json.readTree(http.send(request(BASE + "/v3/playlistItems?part=snippet&playlistId="
				+ FakeYouTubeUploads.UPLOADS, token).build(), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(uploads.path("items").path(0).path("snippet").path("title").asString()).isEqualTo(title);
		assertThat(uploads.path("items").path(0).path("snippet").path("resourceId").path("videoId").asString())
			.isEqualTo(id);
		assertThat(http.send(request(BASE + "/v3/videos?id=" + id, token).DELETE().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
		assertThat(http.send(request(BASE + "/upload/v3/videos?uploadType=resumable", "Bearer someone-else")
			.POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	private HttpRequest.Builder request(String path, String token) {
		return HttpRequest.newBuilder(URI.create(api().base()).resolve(path)).header("Authorization", token);
	}

}
