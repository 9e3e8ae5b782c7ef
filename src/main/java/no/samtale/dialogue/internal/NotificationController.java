package no.samtale.dialogue.internal;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.dialogue.NotificationRecord;
import no.samtale.dialogue.Notifications;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The caller's notifications, and their live stream. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

	private final Notifications notifications;

	private final NotificationStream stream;

	NotificationController(Notifications notifications, NotificationStream stream) {
		this.notifications = notifications;
		this.stream = stream;
	}

	@GetMapping
	PageResponse<NotificationRecord> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		return notifications.of(user.id(), PageQuery.of(page, size));
	}

	@GetMapping("/unread-count")
	Map<String, Long> unread(CurrentUser user) {
		return Map.of("count", notifications.unread(user.id()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id, CurrentUser user) {
		notifications.markRead(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> readAll(CurrentUser user) {
		notifications.markRead(user.id(), null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(CurrentUser user) {
		return stream.open(user.id());
	}

}
