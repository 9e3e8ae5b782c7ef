package no.samtale.notifications.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The caller's notifications: newest first, read one by one or all at once on request, and their live stream. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

	/** One page of notifications, with how many of all the caller's are unread (for the bell). */
	record NotificationPage(List<Notification> items, int page, int size, long totalElements, int totalPages,
			long unreadCount) {
	}

	private final NotificationStore store;

	private final NotificationStream stream;

	NotificationController(NotificationStore store, NotificationStream stream) {
		this.store = store;
		this.stream = stream;
	}

	@GetMapping
	NotificationPage list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) Boolean unread, CurrentUser user) {
		PageResponse<Notification> found = store.of(user.id(), Boolean.TRUE.equals(unread), PageQuery.of(page, size));
		return new NotificationPage(found.items(), found.page(), found.size(), found.totalElements(),
				found.totalPages(), store.unread(user.id()));
	}

	@GetMapping("/unread-count")
	Map<String, Long> unread(CurrentUser user) {
		return Map.of("count", store.unread(user.id()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id, CurrentUser user) {
		store.markRead(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> readAll(CurrentUser user) {
		store.markAllRead(user.id());
		return ResponseEntity.noContent().build();
	}

	/**
	 * {@code notification} events, each numbered by the notification's id; a reconnecting page (to any node) sends
	 * the last number as {@code Last-Event-ID} and is first sent the notifications stored since.
	 */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			CurrentUser user) {
		Long after = null;
		if (lastEventId != null && !lastEventId.isBlank()) {
			try {
				after = Long.parseLong(lastEventId.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("Last-Event-ID", "Last-Event-ID is the number of a notification.");
			}
		}
		return stream.open(user.id(), after);
	}

}
