/** App Home: the view, its buttons, and re-publishing it when what it shows changes. */
package dev.scribe.slack.home;
