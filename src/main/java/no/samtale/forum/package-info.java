/**
 * The internal knowledge forum (Erfaringsforum topics and Yammer-style groups) on the dialogue core: who may read
 * and write where, moderators and back-office experts, quality-assured answers, escalation of questions of
 * principle to directorate departments, reports of messages, the moderators' audit trail and monthly figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forum")
package no.samtale.forum;
