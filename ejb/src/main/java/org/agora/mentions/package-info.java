/** Finding the people that posts mention by handle, and suggesting handles while one types. */
package org.agora.mentions;
