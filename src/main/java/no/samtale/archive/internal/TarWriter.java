package no.samtale.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a POSIX ustar archive of a folder, file by file, so an extract of any size is packed with a small buffer.
 * Arkade and the National Archives take Noark extracts as tar; the JDK has no tar writer, and the format is small.
 */
final class TarWriter {

	private static final int BLOCK = 512;

	private TarWriter() {
	}

	/**
	 * Packs every file under {@code folder} as it is met in a walk of the tree, never listing them all first: an
	 * extract of a year has a couple of hundred thousand documents.
	 */
	static void pack(Path folder, String rootName, OutputStream out) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (attributes.isRegularFile()) {
					add(file, rootName + "/" + folder.relativize(file).toString().replace('\\', '/'), attributes, out);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		out.write(new byte[BLOCK * 2]);
		out.flush();
	}

	private static void add(Path file, String name, BasicFileAttributes attributes, OutputStream out)
			throws IOException {
		long size = attributes.size();
		out.write(header(name, size, attributes.lastModifiedTime().toMillis() / 1000));
		try (InputStream in = Files.newInputStream(file)) {
			in.transferTo(out);
		}
		int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
		out.write(new byte[pad]);
	}

	private static byte[] header(String name, long size, long modified) {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		String prefix = "";
		String shortName = name;
		if (nameBytes.length > 100) {
			int split = name.lastIndexOf('/', 154);
			prefix = name.substring(0, split);
			shortName = name.substring(split + 1);
		}
		byte[] h = new byte[BLOCK];
		put(h, 0, 100, shortName.getBytes(StandardCharsets.UTF_8));
		put(h, 100, 8, octal(0644, 7));
		put(h, 108, 8, octal(0, 7));
		put(h, 116, 8, octal(0, 7));
		put(h, 124, 12, octal(size, 11));
		put(h, 136, 12, octal(modified, 11));
		for (int i = 148; i < 156; i++) {
			h[i] = ' ';
		}
		h[156] = '0';
		put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
		put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
		put(h, 345, 155, prefix.getBytes(StandardCharsets.UTF_8));
		long sum = 0;
		for (byte b : h) {
			sum += b & 0xff;
		}
		put(h, 148, 8, (String.format("%06o", sum) + "\0 ").getBytes(StandardCharsets.US_ASCII));
		return h;
	}

	private static byte[] octal(long value, int digits) {
		return (String.format("%0" + digits + "o", value) + "\0").getBytes(StandardCharsets.US_ASCII);
	}

	private static void put(byte[] header, int offset, int length, byte[] value) {
		System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
	}

}
