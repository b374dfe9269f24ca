/** Company-wide settings and their rules. */
package org.agora.settings.model;
