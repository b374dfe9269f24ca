package org.agora.attachments;

/**
 * Who reads and writes a conversation, as the messaging module rules it: asked when an image is pasted into a message
 * and whenever it is fetched. An interface here, implemented by messaging, because messaging already builds on
 * attachments.
 */
public interface ConversationReaders {

    /** @return true if the person may write in the conversation now */
    boolean writes(long conversationId, long personId);

    /** @return true if the person reads the conversation now */
    boolean reads(long conversationId, long personId);
}
