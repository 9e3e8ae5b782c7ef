package no.samtale.archive.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin streaming XML writer for the extract's files: one element after another straight to the file, so an
 * extract of a year is written with the memory of one folder. Dates as Noark writes them (local time, no zone).
 */
final class Xml implements AutoCloseable {

	static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZONE);

	private final XMLStreamWriter out;

	private Xml(XMLStreamWriter out) {
		this.out = out;
	}

	static Xml open(OutputStream stream, String rootName, String namespace, String... extraNamespaces) {
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeCharacters("\n");
			writer.setDefaultNamespace(namespace);
			writer.writeStartElement(namespace, rootName);
			writer.writeDefaultNamespace(namespace);
			writer.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
			for (int i = 0; i + 1 < extraNamespaces.length; i += 2) {
				writer.writeNamespace(extraNamespaces[i], extraNamespaces[i + 1]);
			}
			return new Xml(writer);
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	static String dateTime(Instant at) {
		return DATE_TIME.format(at);
	}

	static String date(Instant at) {
		return at.atZone(ZONE).toLocalDate().toString();
	}

	static String date(LocalDate day) {
		return day.toString();
	}

	Xml start(String name) {
		try {
			out.writeStartElement(name);
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	/** Starts an element of a derived type ({@code xsi:type="saksmappe"}). */
	Xml start(String name, String type) {
		try {
			out.writeStartElement(name);
			out.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "type", type);
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	Xml startIn(String prefix, String namespace, String name) {
		try {
			out.writeStartElement(prefix, name, namespace);
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	Xml attribute(String name, String value) {
		try {
			out.writeAttribute(name, value);
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	/** An element with text; left out when there is no value, as Noark wants optional elements absent, not empty. */
	Xml element(String name, Object value) {
		if (value == null) {
			return this;
		}
		return start(name).text(value.toString()).end();
	}

	Xml elementIn(String prefix, String namespace, String name, Object value) {
		if (value == null) {
			return this;
		}
		return startIn(prefix, namespace, name).text(value.toString()).end();
	}

	Xml text(String text) {
		try {
			out.writeCharacters(text);
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	Xml end() {
		try {
			out.writeEndElement();
			return this;
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

	@Override
	public void close() {
		try {
			out.writeEndDocument();
			out.flush();
			out.close();
		}
		catch (XMLStreamException e) {
			throw new ExtractException(e);
		}
	}

}
