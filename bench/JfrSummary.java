import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time went, from a flight recording taken with bench/meta-processing.sh (JFR=FILE): CPU samples
 * per kind of thread (the webhook's requests, the writer, the poller, the listeners, the rest) with each kind's
 * hottest methods, and the round trips to PostgreSQL (socket reads on port 5432 of 1 ms and more, per kind of
 * thread: JFR records only those, so they are the waits, not every round trip). Divide by the deliveries of the
 * run for a figure per delivery. Usage: java bench/JfrSummary.java FILE [TOP=8]
 */
public class JfrSummary {

	public static void main(String[] args) throws Exception {
		int top = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		Map<String, Long> samples = new LinkedHashMap<>();
		Map<String, Map<String, Long>> methods = new HashMap<>();
		Map<String, long[]> socketWaits = new LinkedHashMap<>();
		long all = 0;
		try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				String type = event.getEventType().getName();
				if (type.equals("jdk.ExecutionSample")) {
					String kind = kind(event.getThread("sampledThread"));
					samples.merge(kind, 1L, Long::sum);
					all++;
					RecordedStackTrace stack = event.getStackTrace();
					if (stack != null && !stack.getFrames().isEmpty()) {
						methods.computeIfAbsent(kind, k -> new HashMap<>()).merge(ours(stack), 1L, Long::sum);
					}
				}
				else if (type.equals("jdk.SocketRead") && event.getInt("port") == 5432) {
					long[] waits = socketWaits.computeIfAbsent(kind(event.getThread()), k -> new long[2]);
					waits[0]++;
					waits[1] += event.getDuration().toNanos();
				}
			}
		}
		System.out.println("| thread | CPU samples | share | hottest (first frame in Samtale, else the top frame) |");
		System.out.println("|---|---|---|---|");
		long total = all;
		samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> {
			String hottest = methods.getOrDefault(entry.getKey(), Map.of()).entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(top)
				.map(m -> m.getKey() + " " + (100 * m.getValue() / entry.getValue()) + " %")
				.collect(Collectors.joining("; "));
			System.out.printf(Locale.ROOT, "| %s | %d | %d %% | %s |%n", entry.getKey(), entry.getValue(),
					100 * entry.getValue() / Math.max(1, total), hottest);
		});
		System.out.println();
		System.out.println("| thread | waits on PostgreSQL of 1 ms and more | their total |");
		System.out.println("|---|---|---|");
		socketWaits.forEach((kind, waits) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f s |%n", kind, waits[0],
				waits[1] / 1e9));
	}

	/** The first frame in Samtale's own code, else the top frame: where the sample's work was asked for. */
	private static String ours(RecordedStackTrace stack) {
		for (RecordedFrame frame : stack.getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("no.samtale.")) {
				return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
			}
		}
		RecordedFrame first = stack.getFrames().get(0);
		String type = first.getMethod().getType().getName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + first.getMethod().getName();
	}

	private static String kind(RecordedThread thread) {
		String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
		if (name.startsWith("http-nio")) {
			return "web requests";
		}
		if (name.startsWith("meta-delivery-writer")) {
			return "webhook writer";
		}
		if (name.startsWith("meta-delivery-poller")) {
			return "delivery poller";
		}
		if (name.startsWith("task-") || name.startsWith("applicationTaskExecutor")) {
			return "event listeners";
		}
		if (name.startsWith("GC") || name.contains("G1")) {
			return "GC";
		}
		if (name.startsWith("C1") || name.startsWith("C2")) {
			return "JIT";
		}
		return "other (" + name.replaceAll("[-0-9]+$", "") + ")";
	}

}
