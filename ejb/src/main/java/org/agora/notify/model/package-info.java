/** Notifications and the rules of reading them. */
package org.agora.notify.model;
