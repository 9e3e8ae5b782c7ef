/**
 * In-app notifications for the forum and the inbox: one per event and person, never to the person who acted,
 * each read on its own, listed page by page and pushed live over SSE. Driven only by the other modules' events
 * (module listeners, retried from the publication registry); no module calls it. A notification stores facts
 * (its kind, the ids of its subject, a subject text the reader may already see); the web client words it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package no.samtale.notifications;
