import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import no.samtale.privacy.PersonalDataDetector;

/**
 * Throughput of the personal-data detector on one thread: a corpus of Norwegian text (the files given, JSON string
 * values included) cut into message-sized pieces, with a number of some kind (identity, account, phone, amount,
 * date, case number, e-mail) in one piece out of three, scanned over and over after a warm-up. Prints one Markdown
 * row: megabytes of UTF-8 text per wall-clock second and per second of the thread's CPU time (the fair figure on a
 * shared machine), findings per round, and bytes allocated per megabyte scanned.
 *
 * Usage: java -cp target/classes bench/PrivacyScan.java SECONDS FILE...
 */
public class PrivacyScan {

	/** Made-up numbers: a reserve-series fødselsnummer and D-number, a Tenor test number, valid accounts. */
	private static final String[] SPRINKLES = { "fnr 15079890062", "fødselsnummer 150798 90062", "D-nummer 55079890056",
			"testperson 01817090067", "ring meg på 912 34 567", "tlf +47 22 33 44 55", "konto 9710.10.00005",
			"kontonummer 97101000005",
			"kr 12 500", "den 01.01.2024", "saksnummer 2023/123456", "ola.nordmann@gmail.com", "sak 123456",
			"45 000 kroner", "org.nr. 923 609 016" };

	public static void main(String[] args) throws Exception {
		double seconds = Double.parseDouble(args[0]);
		List<String> messages = messages(args);
		long bytes = messages.stream().mapToLong(m -> m.getBytes(StandardCharsets.UTF_8).length).sum();
		PersonalDataDetector detector = new PersonalDataDetector();

		long warmUpEnd = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			scanAll(detector, messages);
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		long rounds = 0;
		long findings = 0;
		while (System.nanoTime() - started < seconds * 1e9) {
			findings = scanAll(detector, messages);
			rounds++;
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		double megabytes = bytes * rounds / 1e6;
		System.out.printf(Locale.ROOT, "| %d messages, %.1f MB | %d | %.1f | %.1f | %.0f | %.0f | %.0f |%n", messages.size(),
				bytes / 1e6, findings, elapsed, cpu, megabytes / elapsed, megabytes / cpu, allocated / megabytes);
	}

	private static long scanAll(PersonalDataDetector detector, List<String> messages) {
		long findings = 0;
		for (String message : messages) {
			findings += detector.scan(message).size();
		}
		return findings;
	}

	/** Paragraphs of the files, cut to at most 400 chars like comments and chat lines, repeated to about 20 MB. */
	private static List<String> messages(String[] args) throws Exception {
		List<String> pieces = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
			for (String paragraph : text.split("\\n\\s*\\n|\",\\s*\"|\\\\n")) {
				for (int from = 0; from < paragraph.length(); from += 400) {
					String piece = paragraph.substring(from, Math.min(paragraph.length(), from + 400)).strip();
					if (piece.length() > 20) {
						pieces.add(piece);
					}
				}
			}
		}
		Random random = new Random(1);
		List<String> messages = new ArrayList<>();
		long size = 0;
		while (size < 20_000_000) {
			for (String piece : pieces) {
				String message = random.nextInt(3) == 0 ? withNumber(piece, random) : piece;
				messages.add(message);
				size += message.length();
			}
		}
		return messages;
	}

	private static String withNumber(String piece, Random random) {
		int at = piece.indexOf(' ', random.nextInt(piece.length()));
		String number = " " + SPRINKLES[random.nextInt(SPRINKLES.length)] + " ";
		return at < 0 ? piece + number : piece.substring(0, at) + number + piece.substring(at + 1);
	}

}
