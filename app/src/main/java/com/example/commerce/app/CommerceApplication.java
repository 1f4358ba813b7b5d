package com.example.commerce.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Runs the command side, the query side, or both, as {@code commerce.roles} says. */
@SpringBootApplication
public class CommerceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommerceApplication.class, args);
    }

    /** The one source of "now" outside aggregates, so that tests and replays can pin it. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
