/** Administration pages: installed plugins and the employee import. Only admins reach them (web.xml). */
package org.agora.web.admin;
