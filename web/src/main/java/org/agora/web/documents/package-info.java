/** A space's document library in the browser: folders, uploads, versions and downloads. */
package org.agora.web.documents;
