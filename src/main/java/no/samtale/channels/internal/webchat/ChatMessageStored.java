package no.samtale.channels.internal.webchat;

/** A chat line was stored; pushed to the citizen's open page after commit. */
record ChatMessageStored(long sessionId, ChatMessage message) {
}
