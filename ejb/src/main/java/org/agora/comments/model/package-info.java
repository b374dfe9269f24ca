/** Comments and their rules: the text, one level of replies, who edits and who deletes. */
package org.agora.comments.model;
