/**
 * Journaling and archive (Noark 5): conversations about a person's own case, escalations and their answers are
 * kept as case folders (mappe) with entries (journalpost) and documents (the thread as PDF/A and the original JSON),
 * sent live to the agency's archive through the Noark 5 service interface, and deposited as a Noark 5 v5.0
 * extract (arkivuttrekk) of a closed period. Records under archive duty hold back an erasure request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package no.samtale.archive;
