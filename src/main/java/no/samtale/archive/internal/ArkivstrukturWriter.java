package no.samtale.archive.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes arkivstruktur.xml: one arkiv with one arkivdel for the period, a saksmappe per journaled item, a
 * journalpost per entry, and the thread's document (PDF/A as arkivformat, JSON as produksjonsformat) on the last
 * entry. Elements follow the Noark 5 v5.0 metadata catalogue; optional ones are left out when empty.
 */
final class ArkivstrukturWriter implements AutoCloseable {

	static final String NAMESPACE = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";

	static final String SAMTALE = "urn:samtale:archive:1";

	private final Xml xml;

	private final ExtractCounts counts;

	ArkivstrukturWriter(OutputStream out, ExtractPeriod period, String creator, ExtractCounts counts) {
		this.counts = counts;
		this.xml = Xml.open(out, "arkiv", NAMESPACE, "samtale", SAMTALE);
		Instant now = Instant.now();
		xml.element("systemID", period.archiveSystemId())
			.element("tittel", "Samtale – journalførte saker")
			.element("arkivstatus", "Avsluttet")
			.element("dokumentmedium", "Elektronisk arkiv")
			.element("opprettetDato", Xml.dateTime(now))
			.element("opprettetAv", creator)
			.element("avsluttetDato", Xml.dateTime(now))
			.element("avsluttetAv", creator)
			.start("arkivskaper")
			.element("arkivskaperID", period.creatorId())
			.element("arkivskaperNavn", period.creatorName())
			.end();
		xml.start("arkivdel")
			.element("systemID", period.partSystemId())
			.element("tittel", "Samtale " + period.from() + "–" + period.to())
			.element("arkivdelstatus", "Avsluttet periode")
			.element("dokumentmedium", "Elektronisk arkiv")
			.element("opprettetDato", Xml.dateTime(now))
			.element("opprettetAv", creator)
			.element("avsluttetDato", Xml.dateTime(now))
			.element("avsluttetAv", creator)
			.element("arkivperiodeStartDato", period.from())
			.element("arkivperiodeSluttDato", period.to());
	}

	/** The document description's id, derived from the folder's so it stays the same in every extract. */
	static String descriptionId(RecordStore.StoredRecord record) {
		return UUID.nameUUIDFromBytes((record.systemId() + "/dokumentbeskrivelse").getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	void folder(ExtractSource.Folder folder) {
		RecordStore.StoredRecord r = folder.record();
		counts.folders++;
		xml.start("mappe", "saksmappe")
			.element("systemID", r.systemId())
			.element("mappeID", r.caseNumber())
			.element("tittel", r.title())
			.element("offentligTittel", r.screened() ? Screening.publicTitle(r) : r.title())
			.element("dokumentmedium", "Elektronisk arkiv")
			.element("opprettetDato", Xml.dateTime(r.openedAt()))
			.element("opprettetAv", r.responsibleName())
			.element("avsluttetDato", r.closedAt() == null ? null : Xml.dateTime(r.closedAt()))
			.element("avsluttetAv", r.closedAt() == null ? null : r.responsibleName());
		xml.start("virksomhetsspesifikkeMetadata")
			.elementIn("samtale", SAMTALE, "kilde", r.sourceKind().name())
			.elementIn("samtale", SAMTALE, "kildeId", r.sourceId())
			.elementIn("samtale", SAMTALE, "plattform", r.platform())
			.elementIn("samtale", SAMTALE, "korrespondentPlattformId", r.screened() ? null : r.correspondentId())
			.end();
		screening(r, "korrespondansepart");
		List<ExtractSource.StoredEntry> entries = folder.entries();
		for (int i = 0; i < entries.size(); i++) {
			entry(r, entries.get(i), i == entries.size() - 1 ? folder.documents() : List.of());
		}
		int year = r.openedAt().atZone(Xml.ZONE).getYear();
		xml.element("saksaar", year)
			.element("sakssekvensnummer", r.id())
			.element("saksdato", Xml.date(r.openedAt()))
			.element("administrativEnhet", r.unitName())
			.element("saksansvarlig", r.responsibleName())
			.element("saksstatus", r.closedAt() == null ? "Under behandling" : "Avsluttet")
			.end();
	}

	private void entry(RecordStore.StoredRecord r, ExtractSource.StoredEntry e, List<ExtractSource.StoredDocument> documents) {
		counts.entries++;
		xml.start("registrering", "journalpost")
			.element("systemID", e.systemId())
			.element("opprettetDato", Xml.dateTime(e.writtenAt()))
			.element("opprettetAv", e.authorName())
			.element("arkivertDato", Xml.dateTime(r.journaledAt()))
			.element("arkivertAv", r.journaledBy());
		screening(r, "korrespondansepart");
		if (!documents.isEmpty()) {
			description(r, documents);
		}
		xml.element("registreringsID", r.caseNumber() + "-" + e.position())
			.element("tittel", entryTitle(r, e))
			.element("offentligTittel", r.screened() ? Screening.publicTitle(r) : entryTitle(r, e))
			.element("dokumentmedium", "Elektronisk arkiv");
		xml.start("virksomhetsspesifikkeMetadata")
			.elementIn("samtale", SAMTALE, "meldingId", e.messageId())
			.elementIn("samtale", SAMTALE, "plattformId", e.externalId())
			.elementIn("samtale", SAMTALE, "svarPaa", e.replyTo())
			.elementIn("samtale", SAMTALE, "rekkefoelge", e.position())
			.end();
		int year = r.openedAt().atZone(Xml.ZONE).getYear();
		xml.element("journalaar", year)
			.element("journalsekvensnummer", e.id())
			.element("journalpostnummer", e.position())
			.element("journalposttype", JournalTerms.entryType(e.type()))
			.element("journalstatus", "Arkivert")
			.element("journaldato", Xml.date(r.journaledAt()))
			.element("dokumentetsDato", Xml.date(e.writtenAt()))
			.element("mottattDato", e.type().equals("I") ? Xml.dateTime(e.writtenAt()) : null)
			.element("sendtDato", e.type().equals("U") ? Xml.dateTime(e.writtenAt()) : null);
		correspondent(r, e);
		xml.end();
	}

	private void correspondent(RecordStore.StoredRecord r, ExtractSource.StoredEntry e) {
		if (e.type().equals("N")) {
			return;
		}
		boolean incoming = e.type().equals("I");
		String citizen = r.correspondentName();
		xml.start("korrespondansepart")
			.element("korrespondanseparttype", incoming ? "Avsender" : "Mottaker")
			.element("korrespondansepartNavn", citizen == null ? e.authorName() : citizen)
			.element("administrativEnhet", r.unitName())
			.element("saksbehandler", incoming ? null : e.authorName())
			.end();
	}

	private void description(RecordStore.StoredRecord r, List<ExtractSource.StoredDocument> documents) {
		counts.descriptions++;
		Instant created = documents.get(0).createdAt();
		xml.start("dokumentbeskrivelse")
			.element("systemID", descriptionId(r))
			.element("dokumenttype", "Korrespondanse")
			.element("dokumentstatus", "Dokumentet er ferdigstilt")
			.element("tittel", "Samtalen i sin helhet: " + r.title())
			.element("opprettetDato", Xml.dateTime(created))
			.element("opprettetAv", r.journaledBy())
			.element("tilknyttetRegistreringSom", "Hoveddokument")
			.element("dokumentnummer", 1)
			.element("tilknyttetDato", Xml.dateTime(created))
			.element("tilknyttetAv", r.journaledBy());
		screening(r, "dokumentbeskrivelse");
		int version = 1;
		for (ExtractSource.StoredDocument d : documents) {
			counts.objects++;
			xml.start("dokumentobjekt")
				.element("versjonsnummer", version)
				.element("variantformat", d.variant().equals("ARKIV") ? "Arkivformat" : "Produksjonsformat")
				.element("format", d.format().equals("PDF/A") ? "PDF/A - ISO 19005-1:2005" : "JSON")
				.element("opprettetDato", Xml.dateTime(d.createdAt()))
				.element("opprettetAv", r.journaledBy())
				.element("referanseDokumentfil", d.fileName())
				.element("sjekksum", d.sha256())
				.element("sjekksumAlgoritme", "SHA256")
				.element("filstoerrelse", d.size())
				.end();
		}
		xml.end();
	}

	private void screening(RecordStore.StoredRecord r, String what) {
		if (!r.screened()) {
			return;
		}
		xml.start("skjerming")
			.element("tilgangsrestriksjon", "13")
			.element("skjermingshjemmel", r.legalBasis())
			.element("skjermingMetadata", what.equals("dokumentbeskrivelse") ? "tittel" : "korrespondansepartNavn")
			.element("skjermingDokument", what.equals("dokumentbeskrivelse") ? "Hele dokumentet" : null)
			.element("skjermingsvarighet", 60)
			.end();
	}

	private static String entryTitle(RecordStore.StoredRecord r, ExtractSource.StoredEntry e) {
		return JournalTerms.entryTitle(e.type()) + ": " + r.title();
	}

	@Override
	public void close() {
		xml.end();
		xml.close();
	}

}
