package no.samtale.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the Noark 5 service interface for one folder, from the same snapshot the extract maps. Our own
 * facts go in {@code virksomhetsspesifikkeMetadata} under {@code vnd-samtale-v1:…}, the naming the interface asks of
 * fields not registered with Arkivverket.
 */
final class NoarkPayloads {

	private static final String NS = "vnd-samtale-v1:";

	private NoarkPayloads() {
	}

	static Map<String, Object> folder(RecordStore.StoredRecord r) {
		Map<String, Object> mappe = new LinkedHashMap<>();
		mappe.put("tittel", r.title());
		mappe.put("offentligTittel", r.screened() ? Screening.publicTitle(r) : r.title());
		mappe.put("saksdato", Xml.date(r.openedAt()));
		mappe.put("administrativEnhet", r.unitName());
		mappe.put("saksansvarlig", r.responsibleName());
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(NoarkRestAdapter.KEY, r.systemId());
		metadata.put(NS + "kilde", r.sourceKind().name());
		metadata.put(NS + "kildeid", r.sourceId());
		metadata.put(NS + "saksnummer", r.caseNumber());
		mappe.put("virksomhetsspesifikkeMetadata", metadata);
		if (r.screened()) {
			mappe.put("skjerming", Map.of("tilgangsrestriksjon", Map.of("kode", "13"), "skjermingshjemmel",
					r.legalBasis()));
		}
		return mappe;
	}

	static Map<String, Object> entry(RecordStore.StoredRecord r, ExtractSource.StoredEntry e) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("tittel", JournalTerms.entryTitle(e.type()) + ": " + r.title());
		entry.put("journalposttype", Map.of("kode", e.type(), "kodenavn", JournalTerms.entryType(e.type())));
		entry.put("journalstatus", Map.of("kode", "J", "kodenavn", "Journalført"));
		entry.put("dokumentetsDato", Xml.date(e.writtenAt()));
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(NoarkRestAdapter.KEY, e.systemId());
		metadata.put(NS + "meldingid", e.messageId());
		metadata.put(NS + "plattformid", e.externalId());
		metadata.put(NS + "svarpaa", e.replyTo());
		metadata.put(NS + "rekkefoelge", e.position());
		entry.put("virksomhetsspesifikkeMetadata", metadata);
		if (!e.type().equals("N") && r.correspondentName() != null) {
			entry.put("korrespondansepart", List.of(Map.of("korrespondanseparttype",
					Map.of("kode", e.type().equals("I") ? "EA" : "EM"), "korrespondansepartNavn", r.correspondentName())));
		}
		return entry;
	}

	static Map<String, Object> description(RecordStore.StoredRecord r, String key) {
		return Map.of("tittel", "Samtalen i sin helhet: " + r.title(), "dokumenttype", Map.of("kode", "B"),
				"dokumentstatus", Map.of("kode", "F"), "tilknyttetRegistreringSom", Map.of("kode", "H"),
				"eksternReferanse", key);
	}

	static Map<String, Object> object(ExtractSource.StoredDocument meta) {
		boolean pdf = meta.format().equals("PDF/A");
		return Map.of("versjonsnummer", 1, "variantformat", Map.of("kode", pdf ? "A" : "P"), "format",
				Map.of("kode", pdf ? "fmt/95" : "fmt/817"), "sjekksum", meta.sha256(), "sjekksumAlgoritme", "SHA256",
				"filstoerrelse", meta.size());
	}

}
