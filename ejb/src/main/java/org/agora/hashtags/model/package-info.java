/** The hashtags of posts and the people who follow them. */
package org.agora.hashtags.model;
