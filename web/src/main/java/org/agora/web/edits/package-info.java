/**
 * Edit forms that someone else saved first: the version a form was read at, read back from the form, and the
 * 409 page for a conflict that no form shows.
 */
package org.agora.web.edits;
