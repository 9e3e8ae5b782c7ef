/**
 * Four-eyes review of anything that leaves the agency (inbox replies now, planned posts later): a request waits
 * until another member of the author's team approves it, possibly with an edit, or sends it back with a comment.
 * The author can never approve their own. Every step is kept. The module that owns the subject (the inbox for
 * replies, channels for scheduled posts) asks here before anything is sent, says which teams the reviewer checks
 * for ({@link no.samtale.approval.Reviewer}), and tells everyone else with events of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package no.samtale.approval;
