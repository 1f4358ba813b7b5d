package com.example.commerce.app.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a bearer token. */
@RestController
public class TokenController {

    private final Tokens tokens;

    public TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/auth/token")
    public Tokens.IssuedToken token(@Valid @RequestBody Login request) {
        return tokens.login(request.username().strip(), request.password());
    }

    record Login(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 128) String password) {
    }
}
