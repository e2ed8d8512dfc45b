/** Incidents as JSON for other tools ({@code scribe export}). */
package dev.scribe.export;
