/** Follow buttons for colleagues and spaces. */
package org.agora.web.follows;
