package no.samtale.archive.internal;

/** What an extract holds, counted while it is written; ADDML states these and the checks count them again. */
final class ExtractCounts {

	int folders;

	int entries;

	int descriptions;

	int objects;

	int changes;

	int journalEntries;

}
