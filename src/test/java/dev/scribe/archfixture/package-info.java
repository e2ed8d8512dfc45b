/** Classes that break the architecture's rules on purpose, so its test shows it can fail. */
package dev.scribe.archfixture;
