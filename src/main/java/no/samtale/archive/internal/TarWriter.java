package no.samtale.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a POSIX ustar archive of a folder, file by file, so an extract of any size is packed with a small buffer.
 * Arkade and the National Archives take Noark extracts as tar; the JDK has no tar writer, and the format is small.
 */
final class TarWriter {

	private static final int BLOCK = 512;

	private TarWriter() {
	}

	static void pack(Path folder, String rootName, OutputStream out) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String name = rootName + "/" + folder.relativize(file).toString().replace('\\', '/');
			long size = Files.size(file);
			out.write(header(name, size, Files.getLastModifiedTime(file).toMillis() / 1000));
			try (InputStream in = Files.newInputStream(file)) {
				in.transferTo(out);
			}
			int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
			out.write(new byte[pad]);
		}
		out.write(new byte[BLOCK * 2]);
		out.flush();
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
