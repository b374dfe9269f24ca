package org.agora.notify.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.notify.mail.model.OutgoingMail;

/**
 * Sends the mails of the outbox every few seconds, after the transactions that wrote them have committed: a mail that
 * fails is tried again later (see {@link OutgoingMail#failed}), one to an address that can never receive is given up.
 * Pages never wait for the SMTP server.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    MailConfig config;

    @EJB
    MailOutbox outbox;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyFewSeconds() {
        if (config.configured()) {
            send();
        }
    }

    /** Sends what is due; @return how many mails went out */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int send() {
        int sent = 0;
        Session session = config.session();
        for (long id : outbox.due(BATCH)) {
            OutgoingMail mail = outbox.load(id).orElse(null);
            if (mail == null) {
                continue;
            }
            try {
                Transport.send(message(session, mail));
                outbox.sent(id);
                sent++;
            } catch (AddressException e) {
                outbox.giveUp(id, "malformed address: " + e.getMessage());
            } catch (SendFailedException e) {
                if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                    outbox.giveUp(id, "address refused: " + e.getMessage());
                } else {
                    outbox.failed(id, e.getMessage(), config.retryPause());
                }
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.FINE, "mail " + id + " not sent, tried again later: " + e);
                outbox.failed(id, String.valueOf(e.getMessage()), config.retryPause());
                // the server is likely down: the rest waits for the next round
                break;
            }
        }
        return sent;
    }

    private MimeMessage message(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipients(MimeMessage.RecipientType.TO, new Address[] {new InternetAddress(mail.getTo(), true)});
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.getUnsubscribeUrl() != null) {
            // RFC 8058: a mail client unsubscribes with one POST, without opening a page
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getText(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.getHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
