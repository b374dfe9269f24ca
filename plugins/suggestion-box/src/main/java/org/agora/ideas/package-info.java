/**
 * The suggestion box: a company-wide box and one per space where people submit ideas, named or anonymously, and
 * vote for them; managers move each idea through its workflow ({@link org.agora.ideas.Status}) with a public
 * answer, so that every idea gets one. Ideas are content items of the host (cards, comments, reactions, search);
 * the box keeps their status, votes ({@link org.agora.ideas.Votes}) and answers as records. Who wrote an anonymous
 * idea is kept only in {@link org.agora.ideas.Authors}, read to tell them of answers and never shown.
 */
package org.agora.ideas;
