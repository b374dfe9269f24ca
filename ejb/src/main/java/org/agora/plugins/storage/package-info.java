/** Plugin records in Agora's database, each plugin seeing only its own. */
package org.agora.plugins.storage;
