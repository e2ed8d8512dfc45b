/**
 * An offline Slack: a fake Web API and Socket Mode server on loopback, for the demo and end-to-end
 * tests.
 */
package dev.scribe.demo;
