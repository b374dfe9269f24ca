/** The person entity and the rules about names, e-mail addresses and roles. */
package org.agora.people.model;
