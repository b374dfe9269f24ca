/** Full-text search over posts with Apache Lucene, fed after commit and rebuilt from the database when missing. */
package org.agora.search;
