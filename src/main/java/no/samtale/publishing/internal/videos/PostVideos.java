package no.samtale.publishing.internal.videos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.OutboundVideos;
import no.samtale.channels.Platform;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.teams.Teams;

/**
 * Videos for posts (YouTube takes a post as a video): uploaded for a YouTube account (so for its team) as the request
 * body, streamed to a file under the data folder while counted against {@code SAMTALE_MAX_VIDEO_SIZE}, checked by
 * its first bytes ({@link PostVideoFormat}), and only then recorded. A refused upload leaves no file and no row. The
 * YouTube connector reads the file through {@link OutboundVideos} when it uploads.
 */
@Service
public class PostVideos implements OutboundVideos {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Teams teams;

	private final Path folder;

	private final long maxBytes;

	PostVideos(JdbcClient jdbc, Accounts accounts, Teams teams, @Value("${samtale.files-dir}") String filesDir,
			@Value("${samtale.publishing.max-video-size:1GB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.teams = teams;
		this.folder = Path.of(filesDir, "publishing-videos");
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Checks who uploads for which account, then streams the body to its file and checks that; the row is written
	 * last, in one statement, so a refusal or a failure at any step leaves nothing behind. Deliberately without a
	 * transaction: a large upload takes minutes, and no database connection waits for it.
	 */
	public PostVideo upload(@Nullable Long accountId, InputStream body, CurrentUser user) throws IOException {
		Account account = youTubeAccount(accountId, user);
		String key = UUID.randomUUID().toString();
		Path file = folder.resolve(key);
		try {
			String type = store(body, file);
			Instant now = Instant.now();
			GeneratedKeyHolder id = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into publishing_video (team_id, uploader_id, content_type, size_bytes, storage_key, created_at)
					values (:team, :uploader, :type, :size, :key, :now)
					""")
				.param("team", account.teamId())
				.param("uploader", user.id())
				.param("type", type)
				.param("size", Files.size(file))
				.param("key", key)
				.param("now", Timestamp.from(now))
				.update(id, "id");
			return get(id.getKey().longValue());
		}
		catch (IOException | RuntimeException e) {
			// Also a body cut off or over the request limit (answered 413 by the platform's advice).
			deleteQuietly(file);
			throw e;
		}
	}

	private Account youTubeAccount(@Nullable Long accountId, CurrentUser user) {
		if (accountId == null) {
			throw new InvalidInputException("accountId", "Must be given");
		}
		Account account = accounts.find(accountId)
			.orElseThrow(() -> new InvalidInputException("accountId", "No such account"));
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(account.teamId(), user.id())) {
			throw new ForbiddenException("Only the account's team adds videos to its posts");
		}
		if (account.platform() != Platform.YOUTUBE) {
			throw new InvalidInputException("video", "Only YouTube accounts take a video; others take a video link");
		}
		return account;
	}

	/** Writes the body to {@code file} while counting it; answers its type, or refuses naming {@code video}. */
	private String store(InputStream body, Path file) throws IOException {
		Files.createDirectories(folder);
		byte[] head = new byte[PostVideoFormat.HEAD];
		long total = 0;
		int headLength = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				total += read;
				if (total > maxBytes) {
					throw new InvalidInputException("video", "The video is larger than " + DataSize.ofBytes(maxBytes)
						.toMegabytes() + " MB");
				}
				if (headLength < head.length) {
					int copied = Math.min(read, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, copied);
					headLength += copied;
				}
				out.write(buffer, 0, read);
			}
		}
		if (total == 0) {
			throw new InvalidInputException("video", "No file was sent");
		}
		return PostVideoFormat.detect(head, headLength)
			.orElseThrow(() -> new InvalidInputException("video", "The file is not an MP4, QuickTime (MOV) or WebM video"));
	}

	public Optional<PostVideo> find(long id) {
		return jdbc.sql("select * from publishing_video where id = :id").param("id", id).query(PostVideos::row).optional();
	}

	public PostVideo get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Video", id));
	}

	/** Many videos at once (a calendar month of posts), by id. */
	public Map<Long, PostVideo> byIds(Collection<Long> ids) {
		Map<Long, PostVideo> found = new HashMap<>();
		List<Long> all = List.copyOf(new java.util.HashSet<>(ids));
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("select * from publishing_video where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(PostVideos::row)
				.list()
				.forEach(video -> found.put(video.id(), video));
		}
		return found;
	}

	/** A post may carry only a video of its own account's team. */
	public void checkAttachable(long videoId, long teamId) {
		if (find(videoId).filter(video -> video.teamId() == teamId).isEmpty()) {
			throw new InvalidInputException("videoId", "No such video in the account's team");
		}
	}

	@Override
	public Optional<VideoFile> file(long videoId) {
		return jdbc.sql("select storage_key, content_type, size_bytes from publishing_video where id = :id")
			.param("id", videoId)
			.query((rs, n) -> new VideoFile(folder.resolve(rs.getString("storage_key")), rs.getString("content_type"),
					rs.getLong("size_bytes")))
			.optional()
			.filter(video -> Files.isRegularFile(video.path()));
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// Nothing names the file; the cleanup of unused videos cannot see it, but it harms nothing but space.
		}
	}

	private static PostVideo row(ResultSet rs, int n) throws SQLException {
		return new PostVideo(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("uploader_id"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant());
	}

}
