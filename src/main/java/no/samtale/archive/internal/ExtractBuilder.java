package no.samtale.archive.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Writes an extract's files into a folder in one pass over the period's case folders: arkivstruktur.xml and both
 * journals side by side, each document copied out as it is met, then endringslogg.xml and last the ADDML
 * arkivuttrekk.xml with the checksums and counts of what was written.
 */
@Component
class ExtractBuilder {

	private final ExtractSource source;

	ExtractBuilder(ExtractSource source) {
		this.source = source;
	}

	ExtractCounts build(ExtractPeriod period, Path content, String creator) {
		ExtractCounts counts = new ExtractCounts();
		try {
			Files.createDirectories(content.resolve("dokumenter"));
			List<AddmlWriter.DescribedFile> described = new ArrayList<>();
			try (Digested structureFile = Digested.open(content.resolve("arkivstruktur.xml"));
					Digested runningFile = Digested.open(content.resolve("loependeJournal.xml"));
					Digested publicFile = Digested.open(content.resolve("offentligJournal.xml"))) {
				ArkivstrukturWriter structure = new ArkivstrukturWriter(structureFile.out, period, creator, counts);
				JournalWriter running = new JournalWriter(runningFile.out, period, false);
				JournalWriter forThePublic = new JournalWriter(publicFile.out, period, true);
				source.forEachFolder(period.start(), period.until(), folder -> {
					structure.folder(folder);
					running.folder(folder);
					forThePublic.folder(folder);
					folder.documents().forEach(document -> copy(document, content));
				});
				structure.close();
				running.close();
				forThePublic.close();
				counts.journalEntries = running.written();
				described.add(new AddmlWriter.DescribedFile("arkivstruktur.xml", "arkivstruktur", structureFile.finish(),
						occurrences("mappe", counts.folders, "registrering", counts.entries, "dokumentbeskrivelse",
								counts.descriptions, "dokumentobjekt", counts.objects)));
				described.add(new AddmlWriter.DescribedFile("loependeJournal.xml", "loependeJournal", runningFile.finish(),
						occurrences("journalregistrering", running.written())));
				described.add(new AddmlWriter.DescribedFile("offentligJournal.xml", "offentligJournal",
						publicFile.finish(), occurrences("journalregistrering", forThePublic.written())));
			}
			try (Digested changesFile = Digested.open(content.resolve("endringslogg.xml"))) {
				EndringsloggWriter changes = new EndringsloggWriter(changesFile.out);
				source.forEachChange(period.start(), period.until(), change -> {
					counts.changes++;
					changes.change(change);
				});
				changes.close();
				described.add(1, new AddmlWriter.DescribedFile("endringslogg.xml", "endringslogg", changesFile.finish(),
						occurrences("endring", counts.changes)));
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(content.resolve("arkivuttrekk.xml")))) {
				AddmlWriter.write(out, period, counts.objects, described);
			}
			return counts;
		}
		catch (IOException e) {
			throw new ExtractException(e);
		}
	}

	private void copy(ExtractSource.StoredDocument document, Path content) {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(content.resolve(document.fileName())))) {
			source.copyContent(document.id(), out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static LinkedHashMap<String, Integer> occurrences(Object... pairs) {
		LinkedHashMap<String, Integer> counted = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counted.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return counted;
	}

	/** A file written through a SHA-256 digest, so its checksum is known the moment it is closed. */
	private static final class Digested implements AutoCloseable {

		final DigestOutputStream out;

		private boolean closed;

		private Digested(DigestOutputStream out) {
			this.out = out;
		}

		static Digested open(Path file) throws IOException {
			return new Digested(new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
					Checksums.digest()));
		}

		String finish() throws IOException {
			close();
			return HexFormat.of().formatHex(out.getMessageDigest().digest());
		}

		@Override
		public void close() throws IOException {
			if (!closed) {
				closed = true;
				out.close();
			}
		}

	}

}
