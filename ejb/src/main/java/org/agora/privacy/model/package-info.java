/** What Agora keeps about its own handling of personal data: the log of administrators' accesses. */
package org.agora.privacy.model;
