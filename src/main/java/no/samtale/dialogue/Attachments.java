package no.samtale.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.AfterCommit;
import no.samtale.platform.InvalidInputException;

/**
 * Images and PDFs attached to messages, stored as files under the data folder. The type is decided by the file's
 * first bytes, not by what the uploader claims, so a script renamed to .png is refused.
 */
@Service
public class Attachments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Path folder;

	Attachments(JdbcClient jdbc, @Value("${samtale.files-dir}") String filesDir) {
		this.jdbc = jdbc;
		this.folder = Path.of(filesDir, "attachments");
	}

	/** Stores an upload not yet tied to a message; posting a message with its id ties it. */
	@Transactional
	public AttachmentRecord store(long uploaderId, String filename, byte[] content) {
		if (content.length == 0) {
			throw new InvalidInputException("file", "The file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("file", "The file is larger than 10 MB");
		}
		String contentType = FileTypes.detect(content)
			.orElseThrow(() -> new InvalidInputException("file", "Only PNG, JPEG, GIF, WebP and PDF files can be attached"));
		String name = cleanName(filename);
		String key = UUID.randomUUID().toString();
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(key), content);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store an attachment", e);
		}
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into dialogue_attachment (uploader_id, filename, content_type, size_bytes, storage_key, created_at)
				values (:uploader, :filename, :type, :size, :key, :now)
				""")
			.param("uploader", uploaderId)
			.param("filename", name)
			.param("type", contentType)
			.param("size", content.length)
			.param("key", key)
			.param("now", Timestamp.from(Instant.now()))
			.update(id, "id");
		return new AttachmentRecord(id.getKey().longValue(), null, uploaderId, name, contentType, content.length);
	}

	/** Ties the uploader's own, still loose uploads to a message; anything else is refused whole. */
	@Transactional
	public void attach(long messageId, long uploaderId, Collection<Long> attachmentIds) {
		if (attachmentIds.isEmpty()) {
			return;
		}
		int tied = jdbc.sql("""
				update dialogue_attachment set message_id = :message
				where id in (:ids) and uploader_id = :uploader and message_id is null
				""").param("message", messageId).param("ids", new HashSet<>(attachmentIds)).param("uploader", uploaderId).update();
		if (tied != new HashSet<>(attachmentIds).size()) {
			throw new InvalidInputException("attachmentIds", "Attach only your own new uploads, each once");
		}
	}

	public Map<Long, List<AttachmentRecord>> ofMessages(Collection<Long> messageIds) {
		return jdbc.sql("select * from dialogue_attachment where message_id in (:ids) order by id")
			.param("ids", messageIds)
			.query((rs, row) -> new AttachmentRecord(rs.getLong("id"), rs.getLong("message_id"), rs.getLong("uploader_id"),
					rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(AttachmentRecord::messageId));
	}

	public Optional<AttachmentRecord> find(long attachmentId) {
		return jdbc.sql("select * from dialogue_attachment where id = :id").param("id", attachmentId).query((rs, row) -> {
			long message = rs.getLong("message_id");
			return new AttachmentRecord(rs.getLong("id"), rs.wasNull() ? null : message, rs.getLong("uploader_id"),
					rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"));
		}).optional();
	}

	public byte[] content(long attachmentId) {
		String key = jdbc.sql("select storage_key from dialogue_attachment where id = :id")
			.param("id", attachmentId)
			.query(String.class)
			.single();
		try {
			return Files.readAllBytes(folder.resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read an attachment", e);
		}
	}

	/**
	 * The file name as shown and sent back in Content-Disposition: the last part of the path, without control
	 * characters (NUL, which PostgreSQL cannot store), format characters (bidi overrides such as U+202E that make
	 * "gpj.exe" read "exe.jpg", zero-width characters), lone surrogates or quotes.
	 */
	static String cleanName(String filename) {
		String raw = filename == null ? "" : filename.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\"]", "");
		Path last = raw.isEmpty() ? null : Path.of(raw.replace('\\', '/')).getFileName();
		String name = last == null ? "" : last.toString().strip();
		if (name.isEmpty()) {
			return "vedlegg";
		}
		int from = Math.max(0, name.length() - 200);
		// Never start inside a surrogate pair.
		return name.substring(from < name.length() && Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from);
	}

	/** Content types by signature ("magic bytes"). */
	static final class FileTypes {

		private FileTypes() {
		}

		static Optional<String> detect(byte[] b) {
			if (starts(b, 0x89, 'P', 'N', 'G')) {
				return Optional.of("image/png");
			}
			if (starts(b, 0xFF, 0xD8, 0xFF)) {
				return Optional.of("image/jpeg");
			}
			if (starts(b, 'G', 'I', 'F', '8')) {
				return Optional.of("image/gif");
			}
			if (starts(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
				return Optional.of("image/webp");
			}
			if (starts(b, '%', 'P', 'D', 'F', '-')) {
				return Optional.of("application/pdf");
			}
			return Optional.empty();
		}

		private static boolean starts(byte[] bytes, int... signature) {
			if (bytes.length < signature.length) {
				return false;
			}
			for (int i = 0; i < signature.length; i++) {
				if ((bytes[i] & 0xFF) != signature[i]) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * Deletes the attachments of these messages, rows and files. The files go after the rows' transaction commits, so
	 * a rollback never leaves a row pointing at a deleted file; a file left behind by a crash is only unreachable.
	 */
	@Transactional
	public int deleteOfMessages(Collection<Long> messageIds) {
		if (messageIds.isEmpty()) {
			return 0;
		}
		List<String> keys = jdbc.sql("select storage_key from dialogue_attachment where message_id in (:ids)")
			.param("ids", messageIds)
			.query(String.class)
			.list();
		int deleted = jdbc.sql("delete from dialogue_attachment where message_id in (:ids)").param("ids", messageIds).update();
		AfterCommit.run(() -> keys.forEach(this::deleteFile));
		return deleted;
	}

	private void deleteFile(String key) {
		try {
			Files.deleteIfExists(folder.resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not delete an attachment file", e);
		}
	}

}
