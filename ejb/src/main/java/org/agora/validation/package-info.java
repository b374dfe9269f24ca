/** The exceptions services throw for bad input, refused actions and unknown or hidden items. */
package org.agora.validation;
