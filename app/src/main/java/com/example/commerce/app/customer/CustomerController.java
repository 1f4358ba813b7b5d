package com.example.commerce.app.customer;

import com.example.commerce.api.common.Caller;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.error.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration and the customer's own profile. */
@RestController
public class CustomerController {

    private final CustomerAccounts accounts;

    public CustomerController(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/customers")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> register(@Valid @RequestBody Registration request) {
        CustomerId customerId = accounts.register(request.email(), request.password(), request.name());
        return Map.of("customerId", customerId.value());
    }

    @GetMapping("/api/customers/me")
    public CustomerAccounts.Profile me(Caller caller) {
        return accounts.profile(CustomerId.of(caller.userId()))
                .orElseThrow(() -> new NotFound("customer", caller.userId()));
    }

    record Registration(@NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) String email,
                        @NotNull @Size(min = 8, max = 128) String password,
                        @NotBlank @Size(max = 100) String name) {
    }
}
