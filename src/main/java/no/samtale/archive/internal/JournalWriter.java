package no.samtale.archive.internal;

import java.io.OutputStream;

/**
 * Writes loependeJournal.xml (every entry of the period, in journal order) or offentligJournal.xml (what the public
 * may see: incoming and outgoing entries, screened names and titles hidden, internal notes left out).
 */
final class JournalWriter implements AutoCloseable {

	private final Xml xml;

	private final boolean forThePublic;

	private int written;

	JournalWriter(OutputStream out, ExtractPeriod period, boolean forThePublic) {
		this.forThePublic = forThePublic;
		String root = forThePublic ? "offentligJournal" : "loependeJournal";
		this.xml = Xml.open(out, root, "http://www.arkivverket.no/standarder/noark5/" + root);
		xml.start("journalhode")
			.element("arkivskaperID", period.creatorId())
			.element("arkivskaperNavn", period.creatorName())
			.element("journalStartDato", period.from())
			.element("journalSluttDato", period.to())
			.end();
	}

	void folder(ExtractSource.Folder folder) {
		RecordStore.StoredRecord r = folder.record();
		for (ExtractSource.StoredEntry e : folder.entries()) {
			if (forThePublic && e.type().equals("N")) {
				continue;
			}
			written++;
			String title = JournalTerms.entryTitle(e.type()) + ": "
					+ (forThePublic && r.screened() ? Screening.publicTitle(r) : r.title());
			xml.start("journalregistrering").start("journalpost")
				.element("systemID", e.systemId())
				.element("journalaar", r.openedAt().atZone(Xml.ZONE).getYear())
				.element("journalsekvensnummer", e.id())
				.element("journalpostnummer", e.position())
				.element("journalposttype", JournalTerms.entryType(e.type()))
				.element("journalstatus", "Arkivert")
				.element("journaldato", Xml.date(r.journaledAt()))
				.element("dokumentetsDato", Xml.date(e.writtenAt()))
				.element("tittel", title);
			if (!e.type().equals("N")) {
				String name = r.correspondentName() == null ? e.authorName() : r.correspondentName();
				xml.start("korrespondansepart")
					.element("korrespondanseparttype", e.type().equals("I") ? "Avsender" : "Mottaker")
					.element("korrespondansepartNavn", forThePublic ? Screening.correspondent(r, name) : name)
					.end();
			}
			if (r.screened()) {
				xml.start("skjerming")
					.element("tilgangsrestriksjon", "13")
					.element("skjermingshjemmel", r.legalBasis())
					.element("skjermingMetadata", "korrespondansepartNavn")
					.end();
			}
			xml.end();
			xml.start("saksmappe")
				.element("systemID", r.systemId())
				.element("mappeID", r.caseNumber())
				.element("tittel", forThePublic && r.screened() ? Screening.publicTitle(r) : r.title())
				.element("administrativEnhet", r.unitName())
				.element("saksansvarlig", r.responsibleName())
				.end();
			xml.end();
		}
	}

	int written() {
		return written;
	}

	@Override
	public void close() {
		xml.end();
		xml.close();
	}

}
