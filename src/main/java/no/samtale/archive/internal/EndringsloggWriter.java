package no.samtale.archive.internal;

import java.io.OutputStream;

/** Writes endringslogg.xml: each change to a folder's metadata after it was journaled (closing, screening). */
final class EndringsloggWriter implements AutoCloseable {

	private final Xml xml;

	EndringsloggWriter(OutputStream out) {
		this.xml = Xml.open(out, "endringslogg", "http://www.arkivverket.no/standarder/noark5/endringslogg");
	}

	void change(ExtractSource.Change change) {
		xml.start("endring")
			.element("referanseArkivenhet", change.recordSystemId())
			.element("referanseMetadata", change.field())
			.element("endretDato", Xml.dateTime(change.at()))
			.element("endretAv", change.by())
			.element("tidligereVerdi", change.oldValue())
			.element("nyVerdi", change.newValue())
			.end();
	}

	@Override
	public void close() {
		xml.end();
		xml.close();
	}

}
