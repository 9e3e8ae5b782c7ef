package no.samtale.contacts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import no.samtale.contacts.internal.ChannelMix.ChannelMixView;
import no.samtale.contacts.internal.ContactViews.ContactFigures;
import no.samtale.contacts.internal.ContactViews.ContactFormChoices;
import no.samtale.contacts.internal.ContactViews.ContactLogged;
import no.samtale.contacts.internal.ContactViews.ContactOffice;
import no.samtale.contacts.internal.ContactViews.NewContact;
import no.samtale.contacts.internal.TelephonyImport.TelephonyImported;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;

/**
 * The contact log: staff log contacts (every employee, at their own office), everyone reads the counts (they hold no
 * personal data); analysts and admins import telephony figures and read the channel mix.
 */
@RestController
class ContactController {

	private final ContactLog log;

	private final TelephonyImport telephony;

	private final ChannelMix mix;

	private final Users users;

	ContactController(ContactLog log, TelephonyImport telephony, ChannelMix mix, Users users) {
		this.log = log;
		this.telephony = telephony;
		this.mix = mix;
		this.users = users;
	}

	@PostMapping("/api/v1/contacts")
	ResponseEntity<ContactLogged> record(@Valid @RequestBody NewContact contact, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(log.record(contact, user));
	}

	/** The topics and the caller's office, for the logging form. */
	@GetMapping("/api/v1/contacts/choices")
	ContactFormChoices choices(CurrentUser user) {
		ContactOffice office = user.unitId() == null ? null
				: users.unit(user.unitId()).map(u -> new ContactOffice(u.id(), u.name())).orElse(null);
		return new ContactFormChoices(ContactTopics.KEYS, office);
	}

	/** Contacts per month grouped by channel (the default), office or topic; the last twelve months by default. */
	@GetMapping("/api/v1/contacts/figures")
	ContactFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String by, CurrentUser user) {
		return log.figures(MonthRange.of(from, to), by);
	}

	/** A CSV file from the telephony system, {@code date,topic,calls,answered,average_wait_seconds}. */
	@PostMapping(path = "/api/v1/contacts/telephony", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<TelephonyImported> importTelephony(@RequestBody String csv, CurrentUser user) {
		ContactsAccess.mayReadFigures(user);
		return ResponseEntity.status(HttpStatus.CREATED).body(telephony.importCsv(csv, user));
	}

	/** The same file uploaded from a form ({@code file}), as the contact log page sends it. */
	@PostMapping(path = "/api/v1/contacts/telephony", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<TelephonyImported> importTelephonyFile(@RequestPart("file") MultipartFile file, CurrentUser user)
			throws IOException {
		return importTelephony(new String(file.getBytes(), StandardCharsets.UTF_8), user);
	}

	@GetMapping("/api/v1/contacts/channel-mix")
	ChannelMixView channelMix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		ContactsAccess.mayReadFigures(user);
		return mix.of(MonthRange.of(from, to));
	}

	/** The channel mix as {@code format=csv} (the default) or {@code xlsx}. */
	@GetMapping("/api/v1/contacts/channel-mix/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String format, CurrentUser user) {
		ContactsAccess.mayReadFigures(user);
		ChannelMixView view = mix.of(MonthRange.of(from, to));
		String name = "kanalmiks-" + view.from() + "-" + view.to();
		if (format == null || format.equals("csv")) {
			return file(ChannelMixExport.csv(view), "text/csv;charset=UTF-8", name + ".csv");
		}
		if (format.equals("xlsx")) {
			return file(ChannelMixExport.xlsx(view),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
		}
		throw new InvalidInputException("format", "One of csv, xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
