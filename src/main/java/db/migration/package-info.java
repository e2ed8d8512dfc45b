/**
 * Flyway migrations written in Java, for what SQL cannot say the same way in SQLite and PostgreSQL.
 * Found by Flyway in {@code db/migration}; they use JDBC only, nothing of Scribe's.
 */
package db.migration;
