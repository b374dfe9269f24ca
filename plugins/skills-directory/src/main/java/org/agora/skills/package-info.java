/**
 * The skills directory plugin: who here knows what, built only on the plugins API.
 *
 * <p>Administrators curate a taxonomy of categories and skills with synonyms ({@link org.agora.skills.Taxonomy});
 * employees propose new skills, which reviewers accept, merge into an existing skill or reject. Each employee
 * declares skills with a {@link org.agora.skills.Level} and the flags "wants to learn" and "can teach"
 * ({@link org.agora.skills.Declarations}), shown on their profile's "Skills" tab, where colleagues endorse them once
 * each. An in-memory {@link org.agora.skills.SkillIndex}, built from the records and kept up to date after every
 * change, answers "find an expert" ({@link org.agora.skills.ExpertFinder}), mentoring matches
 * ({@link org.agora.skills.Mentoring}) and skill matrices with their risk list ({@link org.agora.skills.SkillMatrix}),
 * filtered by the department and location of the company directory's cards ({@link org.agora.skills.Colleague});
 * {@link org.agora.skills.Directory} keeps it in step, and {@link org.agora.skills.IndexRefresh} builds it in the
 * background for a directory too large to read within a page's time limit.
 * {@link org.agora.skills.SkillsPages} routes the requests to the page classes.
 */
package org.agora.skills;
