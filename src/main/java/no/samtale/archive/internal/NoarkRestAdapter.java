package no.samtale.archive.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Live journaling through the Noark 5 service interface (Tjenestegrensesnitt): a saksmappe in the configured
 * arkivdel, a journalpost per entry, and on the last one a dokumentbeskrivelse with the thread's document objects
 * and their files. Off unless {@code samtale.archive.noark.base-url} is set.
 *
 * <p>Every object carries an external key (the folder's and entries' own systemIDs in
 * {@code virksomhetsspesifikkeMetadata}, the description's {@code eksternReferanse}, the object's checksum), so an
 * attempt that follows a lost answer finds what the archive already made and goes on from there.
 */
@Component
class NoarkRestAdapter implements NoarkArchive {

	static final String MEDIA_TYPE = NoarkHttp.MEDIA_TYPE;

	/** The external key's field, named as the service interface asks of a vendor's own metadata. */
	static final String KEY = "vnd-samtale-v1:eksternnoekkel";

	private final NoarkHttp http;

	private final String archivePart;

	NoarkRestAdapter(NoarkHttp http, @Value("${samtale.archive.noark.arkivdel:samtale}") String archivePart) {
		this.http = http;
		this.archivePart = archivePart;
	}

	@Override
	public boolean enabled() {
		return http.enabled();
	}

	@Override
	public String deliver(DeliveryPackage folder, Progress progress) throws DeliveryException {
		RecordStore.StoredRecord r = folder.record();
		String folderId = create(progress, r.systemId(), "/arkivstruktur/arkivdel/" + archivePart + "/ny-saksmappe",
				NoarkPayloads.folder(r), () -> byKey("/sakarkiv/saksmappe", r.systemId()));
		List<ExtractSource.StoredEntry> entries = folder.entries();
		for (int i = 0; i < entries.size(); i++) {
			ExtractSource.StoredEntry e = entries.get(i);
			String entryId = create(progress, e.systemId(), "/sakarkiv/saksmappe/" + folderId + "/ny-journalpost",
					NoarkPayloads.entry(r, e), () -> byKey("/sakarkiv/saksmappe/" + folderId + "/journalpost",
							e.systemId()));
			if (i == entries.size() - 1) {
				documents(progress, entryId, r, folder.documents());
			}
		}
		return folderId;
	}

	private void documents(Progress progress, String entryId, RecordStore.StoredRecord r, List<Document> documents)
			throws DeliveryException {
		if (documents.isEmpty()) {
			return;
		}
		String key = r.systemId() + "/dokumentbeskrivelse";
		String descriptionId = create(progress, key, "/arkivstruktur/registrering/" + entryId + "/ny-dokumentbeskrivelse",
				NoarkPayloads.description(r, key), () -> first(http.list("/arkivstruktur/registrering/" + entryId
						+ "/dokumentbeskrivelse", "eksternReferanse eq '" + key + "'"), "eksternReferanse", key));
		for (Document document : documents) {
			ExtractSource.StoredDocument meta = document.meta();
			String objectId = create(progress, meta.systemId(),
					"/arkivstruktur/dokumentbeskrivelse/" + descriptionId + "/ny-dokumentobjekt",
					NoarkPayloads.object(meta), () -> first(http.list("/arkivstruktur/dokumentbeskrivelse/" + descriptionId
							+ "/dokumentobjekt", "sjekksum eq '" + meta.sha256() + "'"), "sjekksum", meta.sha256()));
			upload(progress, meta.systemId() + "/fil", objectId, document);
		}
	}

	/** The file of a document object; after a lost answer it is sent again only if the archive has none. */
	private void upload(Progress progress, String key, String objectId, Document document) throws DeliveryException {
		Step step = progress.step(key);
		if (step.state() == Step.State.DONE) {
			return;
		}
		String path = "/arkivstruktur/dokumentobjekt/" + objectId;
		if (step.state() == Step.State.UNSURE && !http.read(path).path("referanseDokumentfil").asString("").isBlank()) {
			progress.created(key, objectId);
			return;
		}
		progress.sending(key);
		try {
			http.upload(path + "/referanseFil",
					document.meta().format().equals("PDF/A") ? "application/pdf" : "application/json", document.content());
		}
		catch (DeliveryException e) {
			if (e.refused()) {
				progress.refused(key);
			}
			throw e;
		}
		progress.created(key, objectId);
	}

	/**
	 * Creates one object once: a known one is reused; one sent without an answer is looked up by its key first;
	 * otherwise it is created, with SENDING written before and the archive's id after.
	 */
	private String create(Progress progress, String key, String path, Map<String, Object> body, Lookup lookup)
			throws DeliveryException {
		Step step = progress.step(key);
		if (step.state() == Step.State.DONE) {
			return step.remoteId();
		}
		if (step.state() == Step.State.UNSURE) {
			Optional<String> found = lookup.find();
			if (found.isPresent()) {
				progress.created(key, found.get());
				return found.get();
			}
		}
		progress.sending(key);
		String id;
		try {
			id = http.create(path, body);
		}
		catch (DeliveryException e) {
			if (e.refused()) {
				progress.refused(key);
			}
			throw e;
		}
		progress.created(key, id);
		return id;
	}

	private Optional<String> byKey(String listPath, String key) throws DeliveryException {
		JsonNode results = http.list(listPath, "virksomhetsspesifikkeMetadata/" + KEY + " eq '" + key + "'");
		for (JsonNode result : results) {
			if (key.equals(result.path("virksomhetsspesifikkeMetadata").path(KEY).asString(""))) {
				return Optional.of(result.path("systemID").asString());
			}
		}
		return Optional.empty();
	}

	/** The first result whose {@code field} really holds {@code value}: an archive that ignores the filter is not trusted. */
	private static Optional<String> first(JsonNode results, String field, String value) {
		for (JsonNode result : results) {
			if (value.equals(result.path(field).asString("")) && !result.path("systemID").asString("").isBlank()) {
				return Optional.of(result.path("systemID").asString());
			}
		}
		return Optional.empty();
	}

	@FunctionalInterface
	private interface Lookup {

		Optional<String> find() throws DeliveryException;

	}

}
