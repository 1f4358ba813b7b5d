package com.example.commerce.api.common;

/** Where an order is shipped to, as the customer gave it. */
public record Address(String recipient, String phone, String line1, String line2, String city,
                      String postalCode, String country) {
}
