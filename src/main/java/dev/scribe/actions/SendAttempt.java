package dev.scribe.actions;

import java.time.Instant;

/**
 * The right to send one reminder, won from the ledger.
 *
 * @param attempt this attempt's number (1 for the first); later ledger writes name it
 * @param uncertain true when an earlier sender began and vanished: the message may already be in
 *     Slack, so look before sending again
 * @param claimedAt when the reminder was first claimed; no earlier message can be its
 */
public record SendAttempt(int attempt, boolean uncertain, Instant claimedAt) {}
