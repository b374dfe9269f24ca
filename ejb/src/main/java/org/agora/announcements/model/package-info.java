/** Who has read which announcement. */
package org.agora.announcements.model;
