package no.samtale.channels;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a connector that uploads a video (YouTube) reads it: implemented by the module that stores the videos
 * (publishing), so the outbox carries only the video's id and the file is read when the upload starts.
 */
public interface OutboundVideos {

	/** The stored file of this video, or empty when it is gone (then the delivery cannot succeed). */
	Optional<VideoFile> file(long videoId);

	/** A video's file on this server's disk, its type as checked at upload, and its size in bytes. */
	record VideoFile(Path path, String contentType, long sizeBytes) {
	}

}
