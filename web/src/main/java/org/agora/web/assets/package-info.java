/** Static assets with cache headers: Agora's style sheet and the WebJars it uses. */
package org.agora.web.assets;
