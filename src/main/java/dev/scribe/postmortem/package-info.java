/**
 * The post-mortem draft: what Scribe knows about an incident, shaped for a template to fill, and
 * the ports for templates, rendering and pictures.
 */
package dev.scribe.postmortem;
