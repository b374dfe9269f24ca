/**
 * People and their accounts: signing in with salted slow password hashes, the first administrator of a new
 * installation, and ({@code importing}) the employee directory imported from CSV as a batch job.
 */
package org.agora.people;
