package no.samtale.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads back what an ADDML file states about each described file (name, SHA-256, element counts), following the
 * nesting of named properties: {@code file/name}, {@code file/checksum/value}, {@code info/numberOfOccurrences}.
 */
final class AddmlReader {

	record Described(String name, String sha256, LinkedHashMap<String, Integer> occurrences) {
	}

	private AddmlReader() {
	}

	static List<Described> read(Path addml, Consumer<ExtractFinding> fail) {
		List<Described> described = new ArrayList<>();
		Deque<String> properties = new ArrayDeque<>();
		String name = null;
		String sha = null;
		String element = null;
		LinkedHashMap<String, Integer> occurrences = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(addml)) {
			XMLStreamReader xml = ExtractChecks.reader(in);
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "property" -> properties.push(xml.getAttributeValue(null, "name"));
						case "dataObject" -> {
							name = null;
							sha = null;
							occurrences = new LinkedHashMap<>();
						}
						case "value" -> {
							String text = xml.getElementText().strip();
							String property = properties.peek();
							String parent = properties.size() > 1 ? List.copyOf(properties).get(1) : null;
							if ("name".equals(property) && "file".equals(parent)) {
								name = text;
							}
							else if ("value".equals(property) && "checksum".equals(parent)) {
								sha = text;
							}
							else if ("numberOfOccurrences".equals(property)) {
								element = text;
							}
							else if ("value".equals(property) && "numberOfOccurrences".equals(parent) && element != null) {
								occurrences.put(element, Integer.valueOf(text));
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (xml.getLocalName().equals("property")) {
						properties.pop();
					}
					else if (xml.getLocalName().equals("dataObject") && name != null) {
						if (sha == null) {
							fail.accept(ExtractFinding.of("ADDML_CHECKSUM_MISSING", "file", name));
						}
						described.add(new Described(name, sha == null ? "" : sha, occurrences));
						name = null;
					}
				}
			}
		}
		catch (IOException | XMLStreamException | NumberFormatException e) {
			fail.accept(ExtractFinding.of("FILE_UNREADABLE", "file", "arkivuttrekk.xml"));
		}
		return described;
	}

}
