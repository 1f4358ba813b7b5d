package com.example.commerce.command.inventory;

/** The answer to a reservation: whether the units are held, and how many were available when asked. */
public record ReservationResult(boolean held, int available) {
}
