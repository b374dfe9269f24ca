package org.agora.privacy;

/** What erasing a person does with what they wrote, as the company decided. */
public enum ErasurePolicy {
    /** Their posts, comments, attachments and the documents they created are deleted with the rest. */
    DELETE_CONTENT,
    /** Their posts and comments stay readable under "a former employee"; mentions, reactions and bookmarks go. */
    KEEP_CONTENT
}
