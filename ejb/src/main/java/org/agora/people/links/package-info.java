/**
 * Password links: one-time, expiring links with which a person chooses their password, so that no administrator
 * ever types or knows it. Only a hash of each link's secret is stored.
 */
package org.agora.people.links;
