/** Company-wide settings chosen by administrators, such as who may post on the company-wide feed. */
package org.agora.settings;
