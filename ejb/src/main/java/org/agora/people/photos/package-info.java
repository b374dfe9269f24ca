/**
 * Profile photos: checking an upload from its bytes, cropping it to a centred square, and keeping two sizes in a
 * content-addressed store under the data folder.
 */
package org.agora.people.photos;
