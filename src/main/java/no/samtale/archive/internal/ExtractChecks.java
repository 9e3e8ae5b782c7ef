package no.samtale.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks an extract must pass before it is offered for download, the ones a validator such as Arkade 5 runs:
 * each archive unit has the elements Noark 5 makes mandatory, system ids are unique, every folder is closed and
 * opened inside the period, every document file exists with the checksum and size arkivstruktur.xml states, and
 * ADDML's checksums and counts agree with the files. Read back from the files with a streaming parser.
 */
final class ExtractChecks {

	private static final Logger log = LoggerFactory.getLogger(ExtractChecks.class);

	private static final int MAX_REPORTED = 50;

	/** Mandatory direct children per unit (Noark 5 v5.0 metadata catalogue, obligatory for deposit). */
	static final Map<String, List<String>> MANDATORY = Map.of(
			"arkiv", List.of("systemID", "tittel", "arkivstatus", "opprettetDato", "opprettetAv"),
			"arkivdel", List.of("systemID", "tittel", "arkivdelstatus", "opprettetDato", "opprettetAv"),
			"mappe", List.of("systemID", "mappeID", "tittel", "opprettetDato", "opprettetAv", "avsluttetDato",
					"avsluttetAv"),
			"registrering", List.of("systemID", "opprettetDato", "opprettetAv", "arkivertDato", "arkivertAv",
					"registreringsID", "tittel", "journalaar", "journalsekvensnummer", "journalpostnummer",
					"journalposttype", "journalstatus", "journaldato"),
			"dokumentbeskrivelse", List.of("systemID", "dokumenttype", "dokumentstatus", "tittel", "opprettetDato",
					"opprettetAv", "tilknyttetRegistreringSom", "dokumentnummer", "tilknyttetDato", "tilknyttetAv"),
			"dokumentobjekt", List.of("versjonsnummer", "variantformat", "format", "opprettetDato", "opprettetAv",
					"referanseDokumentfil", "sjekksum", "sjekksumAlgoritme", "filstoerrelse"));

	static final List<String> FILES = List.of("arkivstruktur.xml", "arkivuttrekk.xml", "endringslogg.xml",
			"loependeJournal.xml", "offentligJournal.xml");

	private final Path content;

	private final ExtractPeriod period;

	private final List<ExtractFinding> failures = new ArrayList<>();

	private ExtractChecks(Path content, ExtractPeriod period) {
		this.content = content;
		this.period = period;
	}

	/** What is wrong with the extract in this folder; empty when it passes. */
	static List<ExtractFinding> run(Path content, ExtractPeriod period) {
		ExtractChecks checks = new ExtractChecks(content, period);
		checks.all();
		return checks.failures;
	}

	private void all() {
		for (String file : FILES) {
			if (!Files.isRegularFile(content.resolve(file))) {
				fail("FILE_MISSING", "file", file);
			}
		}
		if (!failures.isEmpty()) {
			return;
		}
		int referenced = structure();
		addml();
		try (Stream<Path> documents = Files.list(content.resolve("dokumenter"))) {
			long files = documents.count();
			if (files != referenced) {
				fail("DOCUMENT_COUNT_MISMATCH", "files", String.valueOf(files), "referenced", String.valueOf(referenced));
			}
		}
		catch (IOException e) {
			unreadable("dokumenter/", e);
		}
	}

	/** Walks arkivstruktur.xml; answers how many document files it refers to. */
	private int structure() {
		Deque<Unit> units = new ArrayDeque<>();
		int referenced = 0;
		Path file = content.resolve("arkivstruktur.xml");
		try (UniqueIds ids = new UniqueIds(); InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = reader(in);
			String parent = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (MANDATORY.containsKey(name)) {
						units.push(new Unit(name));
						continue;
					}
					if (!units.isEmpty() && units.peek().depth == 0) {
						String text = readText(xml);
						units.peek().children.put(name, text);
						if (name.equals("systemID")) {
							ids.add(text);
						}
						continue;
					}
					if (!units.isEmpty()) {
						units.peek().depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (!units.isEmpty() && units.peek().depth > 0) {
						units.peek().depth--;
					}
					else if (!units.isEmpty() && units.peek().name.equals(name)) {
						Unit unit = units.pop();
						check(unit);
						referenced += unit.name.equals("dokumentobjekt") ? 1 : 0;
					}
				}
			}
			for (String duplicate : ids.duplicatesIn(file, MAX_REPORTED)) {
				fail("SYSTEM_ID_NOT_UNIQUE", "systemId", duplicate);
			}
		}
		catch (IOException | XMLStreamException e) {
			unreadable("arkivstruktur.xml", e);
		}
		return referenced;
	}

	private void check(Unit unit) {
		String which = unit.children.getOrDefault("systemID", unit.children.get("referanseDokumentfil"));
		for (String required : MANDATORY.get(unit.name)) {
			String value = unit.children.get(required);
			if (value == null || value.isBlank()) {
				fail("ELEMENT_MISSING", "unit", unit.name, "id", which, "element", required);
			}
		}
		if (unit.name.equals("mappe") && unit.children.get("opprettetDato") != null) {
			var opened = LocalDateTime.parse(unit.children.get("opprettetDato")).atZone(Xml.ZONE).toInstant();
			if (!period.contains(opened)) {
				fail("OPENED_OUTSIDE_PERIOD", "unit", unit.name, "id", which);
			}
		}
		if (unit.name.equals("dokumentobjekt") && unit.children.get("referanseDokumentfil") != null) {
			document(unit.children);
		}
	}

	private void document(Map<String, String> fields) {
		String which = fields.get("referanseDokumentfil");
		Path file = content.resolve(fields.get("referanseDokumentfil")).normalize();
		if (!file.startsWith(content) || !Files.isRegularFile(file)) {
			fail("DOCUMENT_FILE_MISSING", "file", which);
			return;
		}
		try {
			if (!"SHA256".equals(fields.get("sjekksumAlgoritme"))
					|| !sha256(file).equalsIgnoreCase(fields.get("sjekksum"))) {
				fail("DOCUMENT_CHECKSUM_MISMATCH", "file", which);
			}
			if (Files.size(file) != Long.parseLong(fields.get("filstoerrelse"))) {
				fail("DOCUMENT_SIZE_MISMATCH", "file", which);
			}
		}
		catch (IOException | NumberFormatException e) {
			unreadable(which, e);
		}
	}

	/** ADDML states each file's checksum and element counts; both must agree with the file. */
	private void addml() {
		for (AddmlReader.Described described : AddmlReader.read(content.resolve("arkivuttrekk.xml"), this::fail)) {
			Path file = content.resolve(described.name());
			if (!Files.isRegularFile(file)) {
				fail("ADDML_FILE_MISSING", "file", described.name());
				continue;
			}
			try {
				if (!sha256(file).equalsIgnoreCase(described.sha256())) {
					fail("ADDML_CHECKSUM_MISMATCH", "file", described.name());
				}
			}
			catch (IOException e) {
				unreadable(described.name(), e);
			}
			Map<String, Integer> counted = count(file, described.occurrences().keySet());
			described.occurrences().forEach((element, stated) -> {
				if (!stated.equals(counted.get(element))) {
					fail("ADDML_COUNT_MISMATCH", "file", described.name(), "element", element, "counted",
							String.valueOf(counted.get(element)), "stated", String.valueOf(stated));
				}
			});
		}
	}

	private Map<String, Integer> count(Path file, Set<String> elements) {
		Map<String, Integer> counted = new HashMap<>();
		elements.forEach(element -> counted.put(element, 0));
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = reader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && counted.containsKey(xml.getLocalName())) {
					counted.merge(xml.getLocalName(), 1, Integer::sum);
				}
			}
		}
		catch (IOException | XMLStreamException e) {
			unreadable(file.getFileName().toString(), e);
		}
		return counted;
	}

	static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory.createXMLStreamReader(in);
	}

	/** The text of an element without children; an element with children reads as empty and is skipped past. */
	private static String readText(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
				text.append(xml.getText());
			}
		}
		return text.toString().strip();
	}

	static String sha256(Path file) throws IOException {
		var digest = Checksums.digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, read);
			}
		}
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

	private void fail(ExtractFinding failure) {
		if (failures.size() < MAX_REPORTED) {
			failures.add(failure);
		}
	}

	private void fail(String code, String... nameValues) {
		fail(ExtractFinding.of(code, nameValues));
	}

	/** The reason is logged (an exception's English message); the finding names the file. */
	private void unreadable(String file, Exception e) {
		log.warn("Archive extract check: {} cannot be read: {}", file, e.toString());
		fail("FILE_UNREADABLE", "file", file);
	}

	/** An archive unit being read: its direct children's texts; depth counts nested non-unit elements. */
	private static final class Unit {

		final String name;

		final Map<String, String> children = new LinkedHashMap<>();

		int depth;

		Unit(String name) {
			this.name = name;
		}

	}

}
