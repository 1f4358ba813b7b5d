package com.example.commerce.app.customer;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.command.notification.CustomerDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The notification side's view of customer accounts: an address and a name to write to. */
@Component
public class CustomerRecipients implements CustomerDirectory {

    private final CustomerAccounts accounts;

    public CustomerRecipients(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Recipient> recipient(CustomerId customerId) {
        return accounts.profile(customerId).map(profile -> new Recipient(profile.email(), profile.name()));
    }
}
