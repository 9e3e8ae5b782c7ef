package no.samtale.channels.internal.webchat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.ConflictException;
import no.samtale.platform.NotFoundException;

/** The citizen's side of the web chat. No employee login: the chat cookie names the session. */
@RestController
class WebChatController {

	static final String COOKIE = "SAMTALE_CHAT";

	private static final DateTimeFormatter TRANSCRIPT_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
		.withZone(OpeningHours.ZONE);

	private final Accounts accounts;

	private final ChatSessions sessions;

	private final ChatStream stream;

	private final WaitEstimate waits;

	WebChatController(Accounts accounts, ChatSessions sessions, ChatStream stream, WaitEstimate waits) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.stream = stream;
		this.waits = waits;
	}

	record SessionView(long id, Instant startedAt) {
	}

	record ChatInfo(long accountId, String name, boolean openNow, OpeningHours openingHours,
			@Nullable Instant nextOpening,
			@Nullable Integer expectedWaitMinutes, long queueLength, @Nullable SessionView session) {
	}

	record Start(@Size(max = 100) String name) {
	}

	record Line(@NotBlank @Size(max = 2000) String body) {
	}

	@GetMapping("/api/v1/webchat/{accountId}")
	ChatInfo info(@PathVariable long accountId, @CookieValue(name = COOKIE, required = false) String token) {
		Account account = chatAccount(accountId);
		WaitEstimate.Estimate estimate = waits.now(accountId);
		Instant now = Instant.now();
		SessionView session = sessions.live(accountId, token)
			.map(live -> new SessionView(live.id(), live.startedAt()))
			.orElse(null);
		return new ChatInfo(accountId, account.name(), account.openingHours().isOpen(now), account.openingHours(),
				account.openingHours().nextOpening(now), estimate.expectedWaitMinutes(), estimate.queueLength(), session);
	}

	@PostMapping("/api/v1/webchat/{accountId}/session")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView start(@PathVariable long accountId, @Valid @RequestBody(required = false) Start request,
			HttpServletRequest http, HttpServletResponse response) {
		Account account = chatAccount(accountId);
		if (!account.openingHours().isOpen(Instant.now())) {
			throw new ConflictException("accountId", "The chat is closed now");
		}
		String name = request == null || request.name() == null || request.name().isBlank() ? "Innbygger"
				: request.name().strip();
		ChatSessions.Started started = sessions.start(accountId, name);
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, started.token())
			.httpOnly(true)
			.secure(http.isSecure())
			.sameSite("Strict")
			.path("/api/v1/webchat/" + accountId)
			.maxAge(Duration.ofHours(12))
			.build()
			.toString());
		return new SessionView(started.session().id(), started.session().startedAt());
	}

	@GetMapping("/api/v1/webchat/{accountId}/messages")
	List<ChatMessage> messages(@PathVariable long accountId, @CookieValue(name = COOKIE, required = false) String token) {
		return sessions.messages(live(accountId, token).id());
	}

	@PostMapping("/api/v1/webchat/{accountId}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	ChatMessage send(@PathVariable long accountId, @CookieValue(name = COOKIE, required = false) String token,
			@Valid @RequestBody Line line) {
		chatAccount(accountId);
		return sessions.post(live(accountId, token), line.body().strip());
	}

	@GetMapping(path = "/api/v1/webchat/{accountId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable long accountId, @CookieValue(name = COOKIE, required = false) String token,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		Long after = null;
		if (lastEventId != null && !lastEventId.isBlank()) {
			try {
				after = Long.parseLong(lastEventId.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("Last-Event-ID", "Last-Event-ID is the number of a chat line.");
			}
		}
		return stream.open(live(accountId, token).id(), after);
	}

	@GetMapping("/api/v1/webchat/{accountId}/transcript")
	ResponseEntity<byte[]> transcript(@PathVariable long accountId,
			@CookieValue(name = COOKIE, required = false) String token) {
		Account account = chatAccount(accountId);
		ChatSession session = live(accountId, token);
		StringBuilder text = new StringBuilder(account.name() + "\n\n");
		for (ChatMessage message : sessions.messages(session.id())) {
			text.append('[').append(TRANSCRIPT_TIME.format(message.at())).append("] ").append(signed(message))
				.append(":\n").append(java.util.Objects.toString(message.body(), "")).append("\n\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("chat-" + session.id() + ".txt").build().toString())
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/api/v1/webchat/{accountId}/end")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void end(@PathVariable long accountId, @CookieValue(name = COOKIE, required = false) String token) {
		sessions.end(live(accountId, token));
	}

	private ChatSession live(long accountId, String token) {
		return sessions.live(accountId, token).orElseThrow(ChatSessionExpiredException::new);
	}

	private Account chatAccount(long accountId) {
		return accounts.find(accountId)
			.filter(account -> account.platform() == Platform.WEB_CHAT)
			.orElseThrow(() -> new NotFoundException("Web chat", accountId));
	}

	/** As the page signs a line: the citizen's chosen name, an advisor's first name with the agency's. */
	static String signed(ChatMessage message) {
		if (ChatMessage.CITIZEN.equals(message.from())) {
			return java.util.Objects.toString(message.author(), "");
		}
		return message.author() == null ? "NAV" : message.author() + ", NAV";
	}

}
