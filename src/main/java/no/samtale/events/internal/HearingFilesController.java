package no.samtale.events.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import no.samtale.events.internal.HearingViews.HearingAttachment;
import no.samtale.events.internal.HearingViews.HearingPublication;
import no.samtale.events.internal.HearingViews.HearingPublish;
import no.samtale.identity.CurrentUser;

/** A hearing's documents, its exports (PDF, XLSX) and the publishing of its final summary to the forum. */
@RestController
class HearingFilesController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final HearingDocuments documents;

	private final HearingReport report;

	private final HearingPublishing publishing;

	HearingFilesController(HearingDocuments documents, HearingReport report, HearingPublishing publishing) {
		this.documents = documents;
		this.report = report;
		this.publishing = publishing;
	}

	@PostMapping(path = "/api/v1/hearings/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<HearingAttachment> attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			CurrentUser user) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(documents.add(id, file.getOriginalFilename(), file.getBytes(), user));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Served as a download with its detected type, so a browser never runs it as a page. */
	@GetMapping("/api/v1/hearings/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long attachmentId, CurrentUser user) {
		HearingDocuments.Download download = documents.download(id, attachmentId, user);
		return file(download.content(), MediaType.parseMediaType(download.contentType()), download.filename());
	}

	/** The hearing with its summary and every counted answer, as a PDF. */
	@GetMapping(path = "/api/v1/hearings/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
		return file(HearingPdf.write(report.of(id, user)), MediaType.APPLICATION_PDF, "horing-" + id + ".pdf");
	}

	/** The hearing with its summary, its units and every counted answer, as a workbook of three sheets. */
	@GetMapping(path = "/api/v1/hearings/{id}/export.xlsx",
			produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user) {
		return file(HearingXlsx.write(report.of(id, user)), XLSX, "horing-" + id + ".xlsx");
	}

	/** After the deadline, the creator publishes the final summary as a forum discussion; 409 before or twice. */
	@PostMapping("/api/v1/hearings/{id}/publish")
	HearingPublication publish(@PathVariable long id, @Valid @RequestBody HearingPublish request, CurrentUser user) {
		return new HearingPublication(publishing.publish(id, request.spaceId(), user));
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
