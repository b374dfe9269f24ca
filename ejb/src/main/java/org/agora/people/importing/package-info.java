/**
 * The employee import: a CSV file (name, e-mail, department, job title, manager's e-mail) applied to the people
 * directory by the {@code employee-import} Jakarta Batch job. The first step creates and updates people and records
 * rejected lines with their reason; the second sets managers, once everyone in the file exists.
 */
package org.agora.people.importing;
