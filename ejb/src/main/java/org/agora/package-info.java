/**
 * Agora's domain and services, one package per feature: {@code people} (accounts and the employee import),
 * {@code feed} (posts), {@code content} (Markdown and sanitising), {@code search} (the Lucene index),
 * {@code plugins} (the PF4J plugin host), {@code demo} (the demo company), {@code database} (schema migrations)
 * and {@code health}.
 */
package org.agora;
