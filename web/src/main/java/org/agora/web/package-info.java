/**
 * Agora's web tier: Jakarta MVC (Krazo) controllers and Thymeleaf views, one package per feature. Controllers bind
 * input, call one service of the EJB module and fill the model; they never touch entities or the EntityManager.
 */
package org.agora.web;
