/**
 * A post-mortem's way to Final: its draft versions, the reviewers asked and their approvals, its
 * status (Draft → In Review → Final), and the document history they make.
 */
package dev.scribe.review;
