/**
 * The exceptions services throw for bad input, refused actions and unknown or hidden items, each worded by a key of
 * the {@code errors} bundles so that every reader sees it in their language.
 */
package org.agora.validation;
