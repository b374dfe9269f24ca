/** Schema migrations with Flyway, applied at start-up before anything reads the database. */
package org.agora.database;
