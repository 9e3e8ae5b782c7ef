package no.samtale.dialogue;

public record AttachmentRecord(long id, Long messageId, long uploaderId, String filename, String contentType,
		long size) {
}
