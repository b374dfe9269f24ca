/** Follows of colleagues and spaces. */
package org.agora.follows.model;
