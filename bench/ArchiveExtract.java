import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the running server for the Noark 5 extract of a period as the demo archivist, follows it until READY (or
 * FAILED), and samples the server process every second: its resident memory (VmRSS) and its heap in use and old
 * generation in use (jstat). Before and after, a full GC (jcmd) gives the live heap, so a heap that kept the extract
 * would show as a higher figure after than before. Prints one Markdown row with the limit of issue 21 beside it.
 *
 * Usage: java bench/ArchiveExtract.java BASE_URL PID FROM TO RECORDS HEAP LOAD_SECONDS
 */
public class ArchiveExtract {

	private static final String TOKEN = "demo-token-arkivar";

	private static final double LIMIT_SECONDS = 600;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long pid = Long.parseLong(args[1]);
		String from = args[2];
		String to = args[3];
		int records = Integer.parseInt(args[4]);
		String heap = args[5];
		String loadSeconds = args[6];

		long liveBefore = liveHeapKb(pid);
		long rssBefore = rssKb(pid);
		long started = System.nanoTime();
		String created = send("POST", base + "/api/v1/archive/extracts", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
		long id = Long.parseLong(field(created, "id"));
		long maxRss = rssBefore;
		long maxHeap = 0;
		long maxOld = 0;
		String state;
		String view;
		do {
			Thread.sleep(1000);
			maxRss = Math.max(maxRss, rssKb(pid));
			long[] heapNow = heapKb(pid);
			maxHeap = Math.max(maxHeap, heapNow[0]);
			maxOld = Math.max(maxOld, heapNow[1]);
			view = send("GET", base + "/api/v1/archive/extracts/" + id, null);
			state = field(view, "state");
		}
		while (state.equals("BUILDING"));
		double seconds = (System.nanoTime() - started) / 1e9;
		long liveAfter = liveHeapKb(pid);
		if (!state.equals("READY")) {
			System.err.println("The extract ended " + state + ": " + view);
			System.exit(1);
		}
		int folders = Integer.parseInt(field(view, "folders"));
		long size = Long.parseLong(field(view, "sizeBytes"));
		System.out.println("| records loaded (s to load) | folders in the extract | entries | documents | tar size | "
				+ "time to READY | limit | time / limit | folders per s | heap (-Xmx) | RSS before → max | heap in use max "
				+ "(old gen max) | live heap after full GC before → after |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		System.out.printf(Locale.ROOT,
				"| %,d (%s s) | %,d | %s | %s | %.0f MB | %.0f s | %.0f s | %.2f | %.0f | %s | %d → %d MB | %d (%d) MB | %d → %d MB |%n",
				records, loadSeconds, folders, field(view, "entries"), field(view, "documents"), size / 1e6, seconds,
				LIMIT_SECONDS, seconds / LIMIT_SECONDS, folders / seconds, heap, rssBefore / 1024, maxRss / 1024,
				maxHeap / 1024, maxOld / 1024, liveBefore / 1024, liveAfter / 1024);
	}

	private static String send(String method, String url, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN);
		if (body != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + url + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** A top-level scalar of a small JSON object (the driver has no JSON library: it runs as a single source file). */
	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return m.group(1);
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return 0;
	}

	/** Heap in use and old generation in use, in KB, from {@code jstat -gc}. */
	private static long[] heapKb(long pid) throws IOException, InterruptedException {
		String[] lines = run("jstat", "-gc", String.valueOf(pid)).strip().split("\n");
		String[] names = lines[0].trim().split("\\s+");
		String[] values = lines[lines.length - 1].trim().split("\\s+");
		double used = 0;
		double old = 0;
		for (int i = 0; i < names.length && i < values.length; i++) {
			switch (names[i]) {
				case "S0U", "S1U", "EU" -> used += Double.parseDouble(values[i]);
				case "OU" -> {
					old = Double.parseDouble(values[i]);
					used += old;
				}
				default -> {
				}
			}
		}
		return new long[] { (long) used, (long) old };
	}

	/** The heap in use right after a full collection: what the server really keeps. */
	private static long liveHeapKb(long pid) throws IOException, InterruptedException {
		run("jcmd", String.valueOf(pid), "GC.run");
		return heapKb(pid)[0];
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return out;
	}

}
