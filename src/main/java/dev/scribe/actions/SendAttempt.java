package dev.scribe.actions;

import java.time.Instant;

/**
 * The right to send one reminder, won from the ledger.
 *
 * @param attempt this attempt's number (1 for the first); later ledger writes name it
 * @param uncertain true when an earlier attempt was made: it may have reached Slack after all (a
 *     timeout, a sender that died), so look before sending again
 * @param claimedAt when the reminder was first claimed; no earlier message can be its
 */
public record SendAttempt(int attempt, boolean uncertain, Instant claimedAt) {}
