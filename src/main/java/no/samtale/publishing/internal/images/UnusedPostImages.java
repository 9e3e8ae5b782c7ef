package no.samtale.publishing.internal.images;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.publishing.internal.uploads.UnusedPostFiles;

/**
 * Removes images that no post uses a while after they were uploaded (an editor who uploaded one and then wrote the
 * post without it, or deleted the draft), so the files folder does not fill with pictures nobody will publish. An
 * image is kept for {@link #GRACE} after its upload, time enough to finish the post it was meant for.
 */
@Component
public class UnusedPostImages {

	/** How long an upload waits for a post to use it. */
	public static final Duration GRACE = Duration.ofDays(7);

	private final UnusedPostFiles files;

	UnusedPostImages(JdbcClient jdbc, @Value("${samtale.files-dir}") String filesDir) {
		this.files = new UnusedPostFiles(jdbc, Path.of(filesDir, "publishing-images"), "publishing_image", "image_id");
	}

	/** Deletes the uploads older than {@code age} that no post names, rows first, files after the commit. */
	@Transactional
	public int removeUnused(Duration age) {
		return files.removeUnused(age);
	}

}
