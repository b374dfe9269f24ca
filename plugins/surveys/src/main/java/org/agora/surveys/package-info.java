/**
 * Surveys and quick polls: people build a survey from typed questions, publish it to the company or a space for a
 * period, and its audience answers once, by name or anonymously; the author reads charted results and exports them as
 * CSV. Who answered ({@link org.agora.surveys.Roll}) is kept apart from what was answered
 * ({@link org.agora.surveys.Ballots}), so that an anonymous answer cannot be traced back to a person.
 */
package org.agora.surveys;
