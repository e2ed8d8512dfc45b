/**
 * Jdbi repositories over SQLite or PostgreSQL; SQL lives in package-private DAOs, schema in
 * migrations.
 */
package dev.scribe.storage;
