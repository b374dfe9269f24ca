/** The exception services throw when input breaks a rule, so that forms can show why. */
package org.agora.validation;
