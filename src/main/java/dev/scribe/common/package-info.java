/** What every feature shares: the user-facing error type and time formatting. */
package dev.scribe.common;
