package org.agora.notify.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server Agora sends its mails through, from the {@code agora.mail.*} variables of {@code server.xml}: no
 * host means no mail at all (the administration page says so).
 */
@ApplicationScoped
public class MailConfig {

    @Inject
    @ConfigProperty(name = "agora.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "agora.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "agora.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "agora.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "agora.mail.from", defaultValue = "agora@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "agora.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "agora.mail.retry.seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "agora.url", defaultValue = "http://localhost:9080")
    String url;

    /** @return true if an SMTP host is set, so that mails are written and sent */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** @return the sender's address */
    public String from() {
        return from;
    }

    /** @return Agora's address as people reach it, for the links in mails, without a trailing slash */
    public String url() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @return the first pause after a failed attempt, doubled after each */
    public Duration retryPause() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** @return a mail session for the configured server */
    public Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        Optional<String> login = user.filter(u -> !u.isBlank());
        props.put("mail.smtp.auth", Boolean.toString(login.isPresent()));
        if (login.isEmpty()) {
            return Session.getInstance(props);
        }
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(login.get(), password.orElse(""));
            }
        });
    }
}
