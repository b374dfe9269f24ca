/** Plugin pages under /m/{plugin}/, rendered from templates inside the plugin jars and placed in Agora's layout. */
package org.agora.web.plugins;
