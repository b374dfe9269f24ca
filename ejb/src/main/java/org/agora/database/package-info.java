/**
 * The database: schema migrations with Flyway, applied at start-up before anything reads it, and the service call
 * that lost a race to another transaction run again in a new one ({@link org.agora.database.Retries}).
 */
package org.agora.database;
