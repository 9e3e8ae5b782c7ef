package no.samtale.publishing.internal.videos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes videos that no post uses a while after they were uploaded (an editor who chose another file, or deleted
 * the draft), as {@code UnusedPostImages} does for images: a video takes far more of the data folder than a picture.
 * A video is kept for {@link #GRACE} after its upload, time enough to finish the post it was meant for.
 */
@Component
public class UnusedPostVideos {

	/** How long a video waits for a post to use it. */
	public static final Duration GRACE = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(UnusedPostVideos.class);

	private final JdbcClient jdbc;

	private final Path folder;

	UnusedPostVideos(JdbcClient jdbc, @Value("${samtale.files-dir}") String filesDir) {
		this.jdbc = jdbc;
		this.folder = Path.of(filesDir, "publishing-videos");
	}

	/**
	 * Deletes the rows of videos uploaded more than {@code age} ago that no post names, and their files once the
	 * deletion has committed (a file is never gone while its row is still there). Answers how many went.
	 */
	@Transactional
	public int removeUnused(Duration age) {
		Timestamp before = Timestamp.from(Instant.now().minus(age));
		List<String> candidates = jdbc.sql("""
				select storage_key from publishing_video i
				where i.created_at < :before and not exists (select 1 from publishing_post p where p.video_id = i.id)
				""").param("before", before).query(String.class).list();
		// One by one, each guarded again: a post may have taken the video since it was listed; then its file stays.
		List<String> removed = new ArrayList<>();
		for (String key : candidates) {
			int deleted = jdbc.sql("""
					delete from publishing_video
					where storage_key = :key
					  and not exists (select 1 from publishing_post p where p.video_id = publishing_video.id)
					""").param("key", key).update();
			if (deleted == 1) {
				removed.add(key);
			}
		}
		if (!removed.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					removed.forEach(UnusedPostVideos.this::deleteFile);
				}
			});
		}
		return removed.size();
	}

	private void deleteFile(String key) {
		try {
			Files.deleteIfExists(folder.resolve(key));
		}
		catch (IOException e) {
			// The row is gone, so nothing serves the file any more; it only takes space until removed by hand.
			log.warn("Could not delete an unused post video's file {}", key, e);
		}
	}

}
