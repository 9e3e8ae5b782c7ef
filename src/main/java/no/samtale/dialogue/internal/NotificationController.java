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
import no.samtale.identity.Users;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The caller's notifications, and their live stream. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

	private final Notifications notifications;

	private final NotificationStream stream;

	private final Users users;

	NotificationController(Notifications notifications, NotificationStream stream, Users users) {
		this.notifications = notifications;
		this.stream = stream;
		this.users = users;
	}

	@GetMapping
	PageResponse<NotificationRecord> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return notifications.of(users.current().id(), PageQuery.of(page, size));
	}

	@GetMapping("/unread-count")
	Map<String, Long> unread() {
		return Map.of("count", notifications.unread(users.current().id()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id) {
		notifications.markRead(users.current().id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> readAll() {
		notifications.markRead(users.current().id(), null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream() {
		return stream.open(users.current().id());
	}

}
