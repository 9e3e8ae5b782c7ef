package no.samtale.publishing.internal.videos;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.publishing.internal.uploads.UnusedPostFiles;

/**
 * Removes videos that no post uses a while after they were uploaded (an editor who chose another file, or deleted
 * the draft): a video takes far more of the files folder than a picture. A video is kept for {@link #GRACE} after
 * its upload, time enough to finish the post it was meant for.
 */
@Component
public class UnusedPostVideos {

	/** How long an upload waits for a post to use it. */
	public static final Duration GRACE = Duration.ofDays(7);

	private final UnusedPostFiles files;

	UnusedPostVideos(JdbcClient jdbc, @Value("${samtale.files-dir}") String filesDir) {
		this.files = new UnusedPostFiles(jdbc, Path.of(filesDir, "publishing-videos"), "publishing_video", "video_id");
	}

	/** Deletes the uploads older than {@code age} that no post names, rows first, files after the commit. */
	@Transactional
	public int removeUnused(Duration age) {
		return files.removeUnused(age);
	}

}
