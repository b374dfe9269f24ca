/**
 * The GDPR part of plugins: exporting and erasing what plugins keep about a person, called by administrators
 * until Agora has a GDPR export of its own.
 */
package org.agora.plugins.privacy;
