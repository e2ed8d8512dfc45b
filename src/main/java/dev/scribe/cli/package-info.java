/** The command line: Scribe's commands and the container health probe. */
package dev.scribe.cli;
