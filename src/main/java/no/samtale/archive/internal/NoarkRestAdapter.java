package no.samtale.archive.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live journaling through the Noark 5 service interface (Tjenestegrensesnitt): a saksmappe in the configured
 * arkivdel, a journalpost per entry, and on the last one a dokumentbeskrivelse with the thread's document objects
 * and their files. Off unless {@code samtale.archive.noark.base-url} is set.
 */
@Component
class NoarkRestAdapter implements NoarkArchive {

	static final String MEDIA_TYPE = "application/vnd.noark5+json";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json;

	private final String baseUrl;

	private final String archivePart;

	private final String token;

	NoarkRestAdapter(JsonMapper json, @Value("${samtale.archive.noark.base-url:}") String baseUrl,
			@Value("${samtale.archive.noark.arkivdel:samtale}") String archivePart,
			@Value("${samtale.archive.noark.token:}") String token) {
		this.json = json;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.archivePart = archivePart;
		this.token = token;
	}

	@Override
	public boolean enabled() {
		return !baseUrl.isBlank();
	}

	@Override
	public String deliver(DeliveryPackage folder) throws DeliveryException {
		RecordStore.StoredRecord r = folder.record();
		Map<String, Object> mappe = new LinkedHashMap<>();
		mappe.put("tittel", r.title());
		mappe.put("offentligTittel", r.screened() ? Screening.publicTitle(r) : r.title());
		mappe.put("saksdato", Xml.date(r.openedAt()));
		mappe.put("administrativEnhet", r.unitName());
		mappe.put("saksansvarlig", r.responsibleName());
		mappe.put("virksomhetsspesifikkeMetadata", Map.of("samtale", Map.of("kilde", r.sourceKind().name(),
				"kildeId", r.sourceId(), "saksnummer", r.caseNumber())));
		if (r.screened()) {
			mappe.put("skjerming", Map.of("tilgangsrestriksjon", Map.of("kode", "13"), "skjermingshjemmel",
					r.legalBasis()));
		}
		String folderId = create("/arkivstruktur/arkivdel/" + archivePart + "/ny-saksmappe", mappe);
		List<ExtractSource.StoredEntry> entries = folder.entries();
		for (int i = 0; i < entries.size(); i++) {
			String entryId = create("/sakarkiv/saksmappe/" + folderId + "/ny-journalpost", entry(r, entries.get(i)));
			if (i == entries.size() - 1) {
				documents(entryId, r, folder.documents());
			}
		}
		return folderId;
	}

	private Map<String, Object> entry(RecordStore.StoredRecord r, ExtractSource.StoredEntry e) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("tittel", JournalTerms.entryTitle(e.type()) + ": " + r.title());
		entry.put("journalposttype", Map.of("kode", e.type(), "kodenavn", JournalTerms.entryType(e.type())));
		entry.put("journalstatus", Map.of("kode", "J", "kodenavn", "Journalført"));
		entry.put("dokumentetsDato", Xml.date(e.writtenAt()));
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("meldingId", e.messageId());
		metadata.put("plattformId", e.externalId());
		metadata.put("svarPaa", e.replyTo());
		entry.put("virksomhetsspesifikkeMetadata", Map.of("samtale", metadata));
		if (!e.type().equals("N") && r.correspondentName() != null) {
			entry.put("korrespondansepart", List.of(Map.of("korrespondanseparttype",
					Map.of("kode", e.type().equals("I") ? "EA" : "EM"), "korrespondansepartNavn", r.correspondentName())));
		}
		return entry;
	}

	private void documents(String entryId, RecordStore.StoredRecord r, List<NoarkArchive.Document> documents)
			throws DeliveryException {
		if (documents.isEmpty()) {
			return;
		}
		String descriptionId = create("/arkivstruktur/registrering/" + entryId + "/ny-dokumentbeskrivelse",
				Map.of("tittel", "Samtalen i sin helhet: " + r.title(), "dokumenttype", Map.of("kode", "B"),
						"dokumentstatus", Map.of("kode", "F"), "tilknyttetRegistreringSom", Map.of("kode", "H")));
		int version = 1;
		for (NoarkArchive.Document document : documents) {
			boolean pdf = document.meta().format().equals("PDF/A");
			String objectId = create("/arkivstruktur/dokumentbeskrivelse/" + descriptionId + "/ny-dokumentobjekt",
					Map.of("versjonsnummer", version, "variantformat", Map.of("kode", pdf ? "A" : "P"), "format",
							Map.of("kode", pdf ? "fmt/95" : "fmt/817"), "sjekksum", document.meta().sha256(),
							"sjekksumAlgoritme", "SHA256", "filstoerrelse", document.meta().size()));
			send(HttpRequest.newBuilder(uri("/arkivstruktur/dokumentobjekt/" + objectId + "/referanseFil"))
				.header("Content-Type", pdf ? "application/pdf" : "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(document.content())));
		}
	}

	/** POSTs a new object and answers the systemID the archive gave it. */
	private String create(String path, Map<String, Object> body) throws DeliveryException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", MEDIA_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
		JsonNode created = json.readTree(send(request));
		JsonNode id = created.get("systemID");
		if (id == null || id.asString().isBlank()) {
			throw new DeliveryException("The archive answered " + path + " without a systemID", false);
		}
		return id.asString();
	}

	private String send(HttpRequest.Builder request) throws DeliveryException {
		request.header("Accept", MEDIA_TYPE).timeout(TIMEOUT);
		if (!token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpRequest built = request.build();
		try {
			HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return response.body() == null || response.body().isBlank() ? "{}" : response.body();
			}
			// 408, 429 and 5xx may pass on a later try; any other refusal will not.
			boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			throw new DeliveryException("HTTP " + status + " from " + built.uri().getPath(), permanent);
		}
		catch (IOException e) {
			throw new DeliveryException("The archive did not answer: " + e.getClass().getSimpleName(), false);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("Interrupted", false);
		}
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

}
