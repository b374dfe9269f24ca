/**
 * Administering people: the list of everyone searched and paged in the database, company-wide roles (with the rule
 * that Agora keeps an administrator), and adding a new hire who then chooses their own password through a link.
 */
package org.agora.people.admin;
