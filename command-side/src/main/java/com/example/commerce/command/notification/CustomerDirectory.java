package com.example.commerce.command.notification;

import com.example.commerce.api.common.CustomerId;
import java.util.Optional;

/** Where a customer's e-mail address is found: accounts live outside the event store (personal data). */
public interface CustomerDirectory {

    Optional<Recipient> recipient(CustomerId customerId);

    /** Whom a mail goes to. */
    record Recipient(String email, String name) {
    }
}
