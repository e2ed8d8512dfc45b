/**
 * Recording an incident: declaring, describing, resolving and reopening it, and its timeline typed
 * or tagged. The services here use both {@code incident} and {@code timeline}, which know nothing
 * of each other's services; each change is one transaction.
 */
package dev.scribe.recording;
