package com.example.commerce.axon.upcasting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The upcasters every node reads stored events through, whatever its role. */
@AutoConfiguration
public class UpcastingConfiguration {

    @Bean
    public PaymentDeclinedUpcaster paymentDeclinedUpcaster() {
        return new PaymentDeclinedUpcaster();
    }
}
