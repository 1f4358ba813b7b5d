package com.example.commerce.api.error;

import java.net.URI;

/** Where problem types live: {@code type} in a problem response is this base plus the rule's name. */
public final class ProblemTypes {

    public static final String BASE = "https://commerce.example.com/problems/";

    private ProblemTypes() {
    }

    public static URI of(String name) {
        return URI.create(BASE + name);
    }
}
