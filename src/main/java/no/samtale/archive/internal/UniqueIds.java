package no.samtale.archive.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the systemIDs an extract holds more than once in bounded memory, whatever the extract's size: each id is kept
 * as a 64-bit fingerprint, a million at a time (8 MiB); a full block is sorted and written to a temporary file, and
 * the sorted blocks are merged, where equal neighbours are candidates. A second pass over the file then compares the
 * candidates' real texts, so a fingerprint collision is never reported as a duplicate.
 */
final class UniqueIds implements AutoCloseable {

	static final int BLOCK = 1 << 20;

	private final int block;

	private long[] fingerprints = new long[4096];

	private int size;

	private final List<Path> runs = new ArrayList<>();

	UniqueIds() {
		this(BLOCK);
	}

	UniqueIds(int block) {
		this.block = block;
	}

	void add(String id) {
		if (size == fingerprints.length) {
			if (size >= block) {
				spill();
			}
			else {
				fingerprints = Arrays.copyOf(fingerprints, Math.min(block, size * 2));
			}
		}
		fingerprints[size++] = fingerprint(id);
	}

	/** The ids of {@code xml}'s systemID elements that really occur more than once, at most {@code limit}. */
	List<String> duplicatesIn(Path xml, int limit) throws IOException, XMLStreamException {
		Set<Long> candidates = candidates(limit);
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> seen = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(xml)) {
			XMLStreamReader reader = ExtractChecks.reader(in);
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("systemID")) {
					String id = reader.getElementText().strip();
					if (candidates.contains(fingerprint(id))) {
						seen.merge(id, 1, Integer::sum);
					}
				}
			}
		}
		return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).limit(limit).toList();
	}

	/** Fingerprints met twice in the merged, sorted blocks (a few: each stands for a suspected duplicate). */
	private Set<Long> candidates(int limit) throws IOException {
		Arrays.sort(fingerprints, 0, size);
		PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> Long.compare(a.head, b.head));
		Run inMemory = new Run(fingerprints, size);
		if (inMemory.advance()) {
			queue.add(inMemory);
		}
		for (Path file : runs) {
			Run run = new Run(file);
			if (run.advance()) {
				queue.add(run);
			}
			else {
				run.close();
			}
		}
		Set<Long> candidates = new HashSet<>();
		boolean first = true;
		long previous = 0;
		while (!queue.isEmpty() && candidates.size() < limit * 4) {
			Run run = queue.poll();
			long value = run.head;
			if (!first && value == previous) {
				candidates.add(value);
			}
			first = false;
			previous = value;
			if (run.advance()) {
				queue.add(run);
			}
			else {
				run.close();
			}
		}
		queue.forEach(Run::close);
		return candidates;
	}

	private void spill() {
		Arrays.sort(fingerprints, 0, size);
		try {
			Path file = Files.createTempFile("samtale-systemids", ".bin");
			runs.add(file);
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
				for (int i = 0; i < size; i++) {
					out.writeLong(fingerprints[i]);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		size = 0;
	}

	static long fingerprint(String id) {
		byte[] digest = Checksums.digest().digest(id.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(digest).getLong();
	}

	@Override
	public void close() {
		for (Path run : runs) {
			try {
				Files.deleteIfExists(run);
			}
			catch (IOException e) {
				// A temporary file left behind is removed with the system's temporary files.
			}
		}
		runs.clear();
	}

	/** One sorted block: the one in memory, or one read back from its file. */
	private static final class Run {

		private final long[] values;

		private final int length;

		private final DataInputStream in;

		private int next;

		long head;

		Run(long[] values, int length) {
			this.values = values;
			this.length = length;
			this.in = null;
		}

		Run(Path file) throws IOException {
			this.values = null;
			this.length = 0;
			this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
		}

		boolean advance() throws IOException {
			if (in == null) {
				if (next == length) {
					return false;
				}
				head = values[next++];
				return true;
			}
			try {
				head = in.readLong();
				return true;
			}
			catch (EOFException end) {
				return false;
			}
		}

		void close() {
			if (in != null) {
				try {
					in.close();
				}
				catch (IOException e) {
					// Read to the end already; nothing to keep.
				}
			}
		}

	}

}
