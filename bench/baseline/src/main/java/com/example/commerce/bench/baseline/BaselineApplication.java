package com.example.commerce.bench.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The plain Spring Boot + Spring Data JPA placeOrder that the event-sourced product is measured
 * against: a conditional stock update, the order and its items, in one transaction. No
 * authentication (the product verifies a JWT per request; this does not), no event store, no
 * projections: the minimum a team would otherwise write.
 */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
