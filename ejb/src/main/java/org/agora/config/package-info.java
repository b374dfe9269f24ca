/** Settings from the variables of server.xml, read through MicroProfile Config. */
package org.agora.config;
