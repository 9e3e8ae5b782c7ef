package no.samtale.platform;

import java.time.Instant;

/**
 * This process, as the owner of the work it claims: a name that stays the same when the process restarts on the same
 * machine ({@code SAMTALE_NODE_ID} or {@code SAMTALE_NODE_NAME}, else the host name and the port), and when this process started. A restarted node uses them
 * to take back at once what its dead predecessor claimed, instead of waiting for a lease or a heartbeat to run out.
 * Two processes that run at the same time on one database must have different names.
 */
public record ThisNode(String name, Instant started) {
}
