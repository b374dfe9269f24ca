/**
 * Personal data (GDPR): exporting everything Agora and its modules keep about a person as one archive, erasing it
 * as a resumable batch job under the company's policy, deactivating people who left, and the log of administrators'
 * accesses that each person can read.
 */
package org.agora.privacy;
