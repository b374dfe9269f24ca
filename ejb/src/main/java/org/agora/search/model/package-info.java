/** What search keeps in the database: the outbox of changes on their way to the index. */
package org.agora.search.model;
