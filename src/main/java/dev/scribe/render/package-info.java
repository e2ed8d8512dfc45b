/** Turns a draft's view model into Markdown (mustache templates) and a timeline picture (PNG). */
package dev.scribe.render;
