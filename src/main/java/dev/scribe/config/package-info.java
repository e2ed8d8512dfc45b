/** The configuration, read once from the environment and checked as a whole. */
package dev.scribe.config;
