/** The mention of a person in a post, and the rule of handles. */
package org.agora.mentions.model;
