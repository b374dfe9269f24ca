/** What the server can tell about its own work, such as how many SQL statements a request sent to the database. */
package org.agora.diagnostics;
