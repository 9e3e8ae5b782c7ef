package no.samtale.privacy;

/**
 * What happens to expired records: deleted outright, or anonymised, where the text and the person are removed but the
 * record's existence, times and channel stay for statistics.
 */
public enum RetentionAction {
	DELETE, ANONYMISE
}
