package no.samtale.publishing.internal.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RefusedContentException;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.teams.Teams;

/**
 * Images for posts: uploaded for an account (so for its team), checked by content, written anew by
 * {@link PostImageFormat}, and stored as a file under the data folder as the dialogue's attachments are. Alt text is
 * required and public like the post, so it is checked for identity numbers as the post's text is.
 */
@Service
public class PostImages {

	/** The upload limit; spring.servlet.multipart refuses a larger request before it reaches here. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_ALT_TEXT = 1000;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Teams teams;

	private final PersonalDataPolicy privacy;

	private final Path folder;

	PostImages(JdbcClient jdbc, Accounts accounts, Teams teams, PersonalDataPolicy privacy,
			@Value("${samtale.files-dir}") String filesDir) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.teams = teams;
		this.privacy = privacy;
		this.folder = Path.of(filesDir, "publishing-images");
	}

	/** Checks everything before the file is written; the row is written last, in the caller's transaction. */
	@Transactional
	public PostImage upload(@Nullable Long accountId, @Nullable String altText, byte @Nullable [] content,
			CurrentUser user) {
		if (accountId == null) {
			throw new InvalidInputException("accountId", "Must be given");
		}
		Account account = accounts.find(accountId)
			.orElseThrow(() -> new InvalidInputException("accountId", "No such account"));
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(account.teamId(), user.id())) {
			throw new ForbiddenException("Only the account's team adds images to its posts");
		}
		String alt = altText == null ? "" : altText.strip();
		if (alt.isEmpty()) {
			throw new InvalidInputException("altText", "Describe the image for those who cannot see it");
		}
		if (alt.length() > MAX_ALT_TEXT) {
			throw new InvalidInputException("altText", "At most " + MAX_ALT_TEXT + " characters");
		}
		if (privacy.holdsIdentityNumber(alt)) {
			throw new RefusedContentException("personal-data", "altText",
					"The alt text holds an identity number; everyone can read it. Remove it.");
		}
		if (content == null || content.length == 0) {
			throw new InvalidInputException("image", "No file was sent");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("image", "The file is larger than 10 MB");
		}
		PostImageFormat.Encoded encoded = PostImageFormat.reencode(content);
		String key = UUID.randomUUID().toString();
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(key), encoded.content());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store an image", e);
		}
		Instant now = Instant.now();
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_image (team_id, uploader_id, content_type, width, height, size_bytes, storage_key,
				    alt_text, public_token, created_at)
				values (:team, :uploader, :type, :width, :height, :size, :key, :alt, :token, :now)
				""")
			.param("token", UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""))
			.param("team", account.teamId())
			.param("uploader", user.id())
			.param("type", encoded.contentType())
			.param("width", encoded.width())
			.param("height", encoded.height())
			.param("size", encoded.content().length)
			.param("key", key)
			.param("alt", alt)
			.param("now", Timestamp.from(now))
			.update(id, "id");
		return get(id.getKey().longValue());
	}

	public Optional<PostImage> find(long id) {
		return jdbc.sql("select * from publishing_image where id = :id").param("id", id).query(PostImages::row).optional();
	}

	/** Many images at once (a calendar month of posts), by id; ids without an image are left out. */
	public java.util.Map<Long, PostImage> byIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, PostImage> found = new java.util.HashMap<>();
		java.util.List<Long> all = java.util.List.copyOf(new java.util.HashSet<>(ids));
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("select * from publishing_image where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(PostImages::row)
				.list()
				.forEach(image -> found.put(image.id(), image));
		}
		return found;
	}

	public PostImage get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Image", id));
	}

	/** A post may carry only an image of its own account's team. */
	public void checkAttachable(long imageId, long teamId) {
		if (find(imageId).filter(image -> image.teamId() == teamId).isEmpty()) {
			throw new InvalidInputException("imageId", "No such image in the account's team");
		}
	}

	/** Where a platform fetches the image, below this server's public address; its token cannot be guessed. */
	public String publicPath(long id) {
		return "/api/v1/public/publishing/images/" + jdbc.sql("select public_token from publishing_image where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * The image behind a public token, only while a post with it is approved or published: what the team has not
	 * approved is not out in the open.
	 */
	public Optional<PostImage> published(String token) {
		return jdbc.sql("""
				select * from publishing_image i where i.public_token = :token and exists (
				    select 1 from publishing_post p where p.image_id = i.id and p.status in ('SCHEDULED', 'PUBLISHED'))
				""").param("token", token).query(PostImages::row).optional();
	}

	public byte[] content(long id) {
		String key = jdbc.sql("select storage_key from publishing_image where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Image", id));
		try {
			return Files.readAllBytes(folder.resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read an image", e);
		}
	}

	private static PostImage row(ResultSet rs, int n) throws SQLException {
		return new PostImage(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("uploader_id"),
				rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes"),
				rs.getString("alt_text"), rs.getTimestamp("created_at").toInstant());
	}

}
