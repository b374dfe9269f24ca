/** Health checks for Liberty's MicroProfile Health endpoint. */
package org.agora.health;
