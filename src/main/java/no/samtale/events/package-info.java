/**
 * Live dialogue with leadership and the staff's voice: nettprat (a scheduled live Q&A with moderated questions,
 * votes and answers pushed over Server-Sent Events), hearings of a proposal with invited units, and the idea box in a
 * forum space. Uses identity, dialogue (spaces) and privacy through their public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package no.samtale.events;
