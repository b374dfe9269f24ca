/**
 * "thanks", a test plugin written against plugins API 1.2: colleagues thank each other, at most three times a
 * week and once per colleague and day; it looks people up, publishes items whose path holds their own id, answers
 * data instead of hand-written JSON and exports personal data as data.
 */
package org.agora.it.thanks;
