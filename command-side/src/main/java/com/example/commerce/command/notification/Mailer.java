package com.example.commerce.command.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail through Spring's mail support, retrying a few times before giving up (the
 * caller's processor then dead-letters the event). Without an SMTP host configured
 * ({@code spring.mail.host}) mails are only logged, by customer and subject, never by address.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final int ATTEMPTS = 3;

    private final JavaMailSender sender;
    private final String from;

    public Mailer(ObjectProvider<JavaMailSender> sender, @Value("${commerce.mail.from:shop@commerce.example.com}") String from) {
        this.sender = sender.getIfAvailable();
        this.from = from;
    }

    void send(CustomerDirectory.Recipient recipient, String subject, String text) {
        if (sender == null) {
            log.info("No SMTP host configured; not sending \"{}\"", subject);
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(subject);
        mail.setText(text);
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(mail);
                return;
            } catch (MailException failure) {
                if (attempt == ATTEMPTS) {
                    throw failure;
                }
                log.warn("Sending \"{}\" failed (attempt {} of {}): {}", subject, attempt, ATTEMPTS, failure.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
