/**
 * What every feature shares: the user-facing error, the transaction and user-directory ports, and
 * how times are shown.
 */
package dev.scribe.common;
