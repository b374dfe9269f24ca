/** The demo company, seeded once into an empty database when demo mode is on. */
package org.agora.demo;
