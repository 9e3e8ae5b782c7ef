package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.internal.youtube.YouTubeTestVideos;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Videos on posts: only a YouTube account takes one, a YouTube post goes to approval only with one, its first line
 * is the video's title, and an upload that is not an MP4, QuickTime or WebM video, or is too large, is refused
 * naming {@code video} with no row and no file left behind.
 */
@AlsoOnTheEmbeddedDatabase
class PublishingVideosIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Value("${samtale.files-dir}")
	String filesDir;

	@Test
	void aRefusedUploadNamesTheFieldAndLeavesNoRowAndNoFile() throws Exception {
		Api admin = api().asDemo("admin");
		long youtube = PublishingTestAccounts.simulated(admin, "YOUTUBE", "YT " + TestText.unique());
		long facebook = PublishingTestAccounts.simulated(admin, "FACEBOOK", "FB " + TestText.unique());
		long rows = rows();
		long files = files();
		byte[] matroska = "\u001aE\u00df\u00a3\u0093B\u0082\u0088matroska".getBytes(StandardCharsets.ISO_8859_1);

		Map<String, Api.Response> refused = new LinkedHashMap<>();
		refused.put("not a video", upload(youtube, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
		refused.put("Matroska, not WebM", upload(youtube, matroska));
		refused.put("3GP", upload(youtube, "\0\0\0\u0014ftyp3gp4\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)));
		refused.put("empty", upload(youtube, new byte[0]));
		refused.put("over the limit (1 MB in tests)", upload(youtube, YouTubeTestVideos.mp4(1024 * 1024 + 1)));
		refused.put("not a YouTube account", upload(facebook, YouTubeTestVideos.mp4(1024)));

		refused.forEach((why, response) -> {
			assertThat(response.status()).as(why + ": " + response.body()).isEqualTo(400);
			assertThat(response.json().path("field").asString()).as(why).isEqualTo("video");
		});
		Api.Response noAccount = YouTubeTestVideos.upload(api(), "redaktor", null, YouTubeTestVideos.mp4(100),
				"video/mp4");
		assertThat(noAccount.status()).isEqualTo(400);
		assertThat(noAccount.json().path("field").asString()).isEqualTo("accountId");
		assertThat(rows()).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void quickTimeAndWebMAreTakenByTheirBytesWhateverTheClaimedType() throws Exception {
		long youtube = PublishingTestAccounts.simulated(api().asDemo("admin"), "YOUTUBE", "YT " + TestText.unique());
		byte[] mov = "\0\0\0\u0014ftypqt  \0\0\u0002\0qt  ".getBytes(StandardCharsets.ISO_8859_1);
		byte[] webm = "\u001aE\u00df\u00a3\u009fB\u0086\u0081\u0001B\u0082\u0084webm".getBytes(StandardCharsets.ISO_8859_1);

		Api.Response quickTime = upload(youtube, mov);
		Api.Response matroskaWebM = upload(youtube, webm);

		assertThat(quickTime.status()).as(quickTime.body()).isEqualTo(201);
		assertThat(quickTime.json().path("contentType").asString()).isEqualTo("video/quicktime");
		assertThat(matroskaWebM.status()).as(matroskaWebM.body()).isEqualTo(201);
		assertThat(matroskaWebM.json().path("contentType").asString()).isEqualTo("video/webm");
		Api.Response other = api().asDemo("veileder4").get("/api/v1/publishing/videos/" + quickTime.json().path("id"));
		assertThat(other.status()).as("not an editor").isEqualTo(403);
	}

	@Test
	void aYouTubePostNeedsAVideoAndATitleLineAndOnlyYouTubeTakesOne() throws Exception {
		Api admin = api().asDemo("admin");
		Api editor = api().asDemo("redaktor");
		long youtube = PublishingTestAccounts.simulated(admin, "YOUTUBE", "YT " + TestText.unique());
		long facebook = PublishingTestAccounts.simulated(admin, "FACEBOOK", "FB " + TestText.unique());
		long video = upload(youtube, YouTubeTestVideos.mp4(2048)).json().path("id").asLong();
		String at = Instant.now().plus(3, ChronoUnit.DAYS).toString();

		Api.Response withoutVideo = editor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Ny video om dagpenger", "publishAt": "%s"}""".formatted(youtube, at));
		assertThat(withoutVideo.status()).as("a draft may wait for its video").isEqualTo(201);
		Api.Response submitted = editor.post("/api/v1/publishing/posts/" + withoutVideo.json().path("id") + "/submit",
				"");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(409);
		assertThat(submitted.problemType()).isEqualTo("urn:samtale:problem:post-needs-video");
		assertThat(submitted.json().path("field").asString()).isEqualTo("video");

		Api.Response onFacebook = editor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Ny video", "publishAt": "%s", "videoId": %d}""".formatted(facebook, at, video));
		assertThat(onFacebook.status()).as(onFacebook.body()).isEqualTo(400);
		assertThat(onFacebook.body()).contains("videoId");
		Api.Response longTitle = editor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "%s\\nResten", "publishAt": "%s", "videoId": %d}"""
			.formatted(youtube, "a".repeat(101), at, video));
		assertThat(longTitle.status()).as(longTitle.body()).isEqualTo(400);
		assertThat(longTitle.body()).contains("\"text\"");

		Api.Response withVideo = editor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Ny video om dagpenger\\nSe hvordan du søker.", "publishAt": "%s",
				 "videoId": %d}""".formatted(youtube, at, video));
		assertThat(withVideo.status()).as(withVideo.body()).isEqualTo(201);
		assertThat(withVideo.json().path("video").path("contentType").asString()).isEqualTo("video/mp4");
		Api.Response sent = editor.post("/api/v1/publishing/posts/" + withVideo.json().path("id") + "/submit", "");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
	}

	private Api.Response upload(long account, byte[] body) throws IOException, InterruptedException {
		return YouTubeTestVideos.upload(api(), "redaktor", account, body, "video/mp4");
	}

	private long rows() {
		return jdbc.sql("select count(*) from publishing_video").query(Long.class).single();
	}

	private long files() throws IOException {
		Path folder = Path.of(filesDir, "publishing-videos");
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.count();
		}
	}

}
