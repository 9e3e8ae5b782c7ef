/**
 * Live dialogue with leadership and the staff's voice: nettprat (a scheduled live Q&A with moderated questions,
 * votes and answers pushed over Server-Sent Events, announced and archived in the forum), hearings of a proposal
 * with invited units (documents, exports, reminders, a published summary), the idea box in a forum space (votes,
 * comments, followers), and product feedback on digital services worked by their teams. Uses identity, dialogue
 * (spaces, discussions, messages, attachments), privacy and teams through their public APIs; publishes the events in
 * this package, which the notifications module hears.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package no.samtale.events;
