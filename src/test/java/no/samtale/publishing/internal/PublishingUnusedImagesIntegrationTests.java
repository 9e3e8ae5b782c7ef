package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.publishing.internal.images.UnusedPostImages;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Images no post used a week after their upload are removed with their files; used and recent ones stay. */
class PublishingUnusedImagesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnusedPostImages unused;

	@Value("${samtale.files-dir}")
	String filesDir;

	@Test
	void anImageNoPostUsedForAWeekIsRemovedWithItsFileWhileUsedAndRecentOnesStay() throws Exception {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "INSTAGRAM", "IG " + TestText.unique());
		long forgotten = upload(account, "Glemt bilde");
		long used = upload(account, "Brukt bilde");
		long recent = upload(account, "Nytt bilde");
		Api.Response post = api().asDemo("redaktor").post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Med bilde", "publishAt": "%s", "imageId": %d}"""
			.formatted(account, Instant.now().plus(2, ChronoUnit.DAYS), used));
		assertThat(post.status()).as(post.body()).isEqualTo(201);
		Timestamp weekAndADayAgo = Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS));
		jdbc.sql("update publishing_image set created_at = :at where id in (:ids)")
			.param("at", weekAndADayAgo)
			.param("ids", java.util.List.of(forgotten, used))
			.update();
		Path file = Path.of(filesDir, "publishing-images", key(forgotten));
		assertThat(file).exists();

		int removed = unused.removeUnused(UnusedPostImages.GRACE);

		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(api().asDemo("redaktor").get("/api/v1/publishing/images/" + forgotten).status()).isEqualTo(404);
		assertThat(file).doesNotExist();
		assertThat(api().asDemo("redaktor").get("/api/v1/publishing/images/" + used).status()).as("a post uses it")
			.isEqualTo(200);
		assertThat(api().asDemo("redaktor").get("/api/v1/publishing/images/" + recent).status()).as("uploaded today")
			.isEqualTo(200);
	}

	private long upload(long account, String altText) throws Exception {
		Api.Response uploaded = PostImageUploads.upload(api(), "redaktor", PostImageUploads.fields(account, altText),
				"bilde.png", PostImageUploads.picture(64, 48, "png"));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().path("id").asLong();
	}

	private String key(long image) {
		return jdbc.sql("select storage_key from publishing_image where id = :id").param("id", image)
			.query(String.class).single();
	}

}
