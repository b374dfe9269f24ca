package org.agora.notify;

import java.util.List;

/**
 * What a reader's open page should show now.
 *
 * @param newestNotificationId the id of the newest notification the reader has, 0 if none
 * @param fresh                the lines of notifications newer than the page's, newest first
 * @param unread               the count on the bell
 * @param newPosts             how many posts the home feed shows that the page does not
 * @param newComments          how many comments the open post has that the page does not
 */
public record LiveState(long newestNotificationId, List<NotificationView> fresh, long unread, int newPosts,
                        int newComments) {
}
