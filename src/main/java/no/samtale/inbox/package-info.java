/**
 * The advisors' inbox: conversations built from what the channels receive (one per public comment thread, one
 * per private correspondent), queues by team, account and status, assignment, SLA clocks, internal notes, labels,
 * canned answers, and replies that leave only after a second advisor approved them (four-eyes, through the
 * approval module) and go out through the channels' outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package no.samtale.inbox;
