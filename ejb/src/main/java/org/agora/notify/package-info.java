/** In-app notifications: created when a post mentions someone who may read it, listed and marked read by their owner. */
package org.agora.notify;
