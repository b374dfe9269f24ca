/**
 * Pictures shared by features: recognising a format from its bytes, decoding within limits, and scaling to JPEG.
 * Profile photos and the images attached to posts both go through here.
 */
package org.agora.images;
