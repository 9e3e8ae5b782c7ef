package no.samtale.archive.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes arkivuttrekk.xml, the ADDML description of the extract: who made it and for which period, and for each XML
 * file its name, format, SHA-256 checksum and how many of each element it holds, which a validator such as Arkade
 * compares with the files themselves.
 */
final class AddmlWriter {

	static final String NAMESPACE = "http://www.arkivverket.no/standarder/addml";

	/** One described file: its name, checksum and the counted elements (in the order they are stated). */
	record DescribedFile(String name, String description, String sha256, LinkedHashMap<String, Integer> occurrences) {
	}

	private AddmlWriter() {
	}

	static void write(OutputStream out, ExtractPeriod period, int documentFiles, List<DescribedFile> files) {
		try (Xml xml = Xml.open(out, "addml", NAMESPACE)) {
			xml.attribute("name", "Noark 5-arkivuttrekk");
			xml.start("dataset").start("reference").start("context").start("additionalElements");
			element(xml, "recordCreators", () -> {
				xml.start("additionalElement").attribute("name", "recordCreator").start("additionalElements");
				value(xml, "name", period.creatorName());
				value(xml, "identifier", period.creatorId());
				xml.end().end();
			});
			element(xml, "producer", () -> value(xml, "name", "Samtale"));
			element(xml, "archivalPeriod", () -> {
				value(xml, "startDate", period.from().toString());
				value(xml, "endDate", period.to().toString());
			});
			value(xml, "extractionDate", Xml.dateTime(Instant.now()));
			xml.end().end().start("content").start("additionalElements");
			value(xml, "systemType", "Noark 5");
			value(xml, "systemTypeVersion", "5.0");
			value(xml, "numberOfDocuments", String.valueOf(documentFiles));
			xml.end().end().end();
			xml.start("dataObjects").start("dataObject").attribute("name", "Noark 5 arkivuttrekk")
				.start("dataObjects");
			for (DescribedFile file : files) {
				describe(xml, file);
			}
			xml.end().end().end().end();
		}
	}

	private static void describe(Xml xml, DescribedFile file) {
		xml.start("dataObject").attribute("name", file.description()).start("properties");
		xml.start("property").attribute("name", "file").start("properties");
		property(xml, "name", file.name());
		property(xml, "format", "XML");
		property(xml, "version", "1.0");
		property(xml, "type", "main");
		xml.start("property").attribute("name", "checksum").start("properties");
		property(xml, "algorithm", "SHA256");
		property(xml, "value", file.sha256());
		xml.end().end().end().end();
		xml.start("property").attribute("name", "info").start("properties");
		file.occurrences().forEach((element, count) -> {
			xml.start("property").attribute("name", "numberOfOccurrences").element("value", element)
				.start("properties");
			property(xml, "value", String.valueOf(count));
			xml.end().end();
		});
		xml.end().end();
		xml.end().end();
	}

	private static void property(Xml xml, String name, String value) {
		xml.start("property").attribute("name", name).element("value", value).end();
	}

	private static void value(Xml xml, String name, String value) {
		xml.start("additionalElement").attribute("name", name).element("value", value).end();
	}

	private static void element(Xml xml, String name, Runnable inside) {
		xml.start("additionalElement").attribute("name", name).start("additionalElements");
		inside.run();
		xml.end().end();
	}

}
