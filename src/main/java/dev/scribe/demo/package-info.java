/**
 * {@code scribe demo} and an offline Slack: a fake Web API and Socket Mode server on loopback, a
 * settable clock, and signed requests, for the demo and end-to-end tests.
 */
package dev.scribe.demo;
