/** The post-mortem draft: what Scribe knows about an incident, shaped for a template to fill. */
package dev.scribe.postmortem;
